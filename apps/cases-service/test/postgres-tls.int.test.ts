import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCertificates, startPostgres, type PostgresHandle } from '@qorgau/devstack';
import { Client } from 'pg';

// PostgreSQL over TLS, verified as libpq's sslmode=verify-full: a server of its own that accepts `hostssl` only
// (certificates made here by a test CA), reached by the service's real `migrate` command through the same
// DATABASE_URL / DATABASE_SSL_CA_FILE settings production uses. A CA that did not sign the server's certificate
// is refused, and so is a connection without TLS.
const dir = mkdtempSync(join(tmpdir(), 'qorgau-pg-tls-'));
const certificates = (name: string) => {
  mkdirSync(join(dir, name));
  return makeTestCertificates(join(dir, name), 'localhost');
};
const trusted = certificates('trusted');
const stranger = certificates('stranger'); // another CA, same host name
const trustedCa = () => readFileSync(trusted.caFile, 'utf8');
const migrateJs = join(__dirname, '..', 'dist', 'migrate.js');
let server: PostgresHandle;
let url: string;

/** `node dist/migrate.js` with only the variables a deployment would give it. */
const migrate = (env: Record<string, string>) =>
  spawnSync(process.execPath, [migrateJs], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

beforeAll(async () => {
  server = await startPostgres({ tls: { certFile: trusted.certFile, keyFile: trusted.keyFile } });
  // devstack's createDatabase speaks plain TCP, which this server refuses: make the database over TLS.
  const admin = new Client({
    connectionString: server.url,
    ssl: { rejectUnauthorized: true, ca: trustedCa() },
  });
  await admin.connect();
  await admin.query('CREATE DATABASE cases_tls');
  await admin.end();
  url = server.url.replace(/\/postgres$/, '/cases_tls').replace('127.0.0.1', 'localhost');
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('PostgreSQL with sslmode=verify-full', () => {
  it('migrates the schema over TLS when the CA file signs the server and the host matches', () => {
    const run = migrate({ DATABASE_URL: url, DATABASE_SSL_CA_FILE: trusted.caFile });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/cases-service: applied /);
  });

  it('shows the session is encrypted on the server side', async () => {
    const client = new Client({ connectionString: url, ssl: { rejectUnauthorized: true, ca: trustedCa() } });
    await client.connect();
    const { rows } = await client.query<{ ssl: boolean; version: string }>(
      'SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
    );
    await client.end();
    expect(rows[0]).toMatchObject({ ssl: true, version: expect.stringMatching(/^TLSv1\.[23]$/) });
  });

  it('refuses a server whose certificate the configured CA did not sign, and exits non-zero', () => {
    const run = migrate({ DATABASE_URL: url, DATABASE_SSL_CA_FILE: stranger.caFile });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/certificate/i);
  });

  it('is refused by the server without TLS (pg_hba accepts hostssl only)', () => {
    const run = migrate({ DATABASE_URL: url, DATABASE_SSL_MODE: 'disable' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no encryption|pg_hba/);
  });

  it('names the setting when the CA file cannot be read', () => {
    const run = migrate({ DATABASE_URL: url, DATABASE_SSL_CA_FILE: join(dir, 'missing', 'ca.crt') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_SSL_CA_FILE');
  });
});
