import { ConfigError } from './config-error';
import { databaseEnv } from './fragments/database';
import { temporalEnv } from './fragments/temporal';
import { loadConfig } from './load-config';
import { postgresSsl, temporalTls } from './transport-tls';

const files: Record<string, string> = { '/ca.pem': 'CA', '/client.pem': 'CRT', '/client.key': 'KEY' };
const readFile = (path: string): Buffer => {
  if (files[path] === undefined) throw new Error('ENOENT');
  return Buffer.from(files[path]);
};
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.rule}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('temporalTls', () => {
  const tls = (env: Record<string, string>) => temporalTls(loadConfig(temporalEnv, env), readFile);

  it('is plaintext without settings (the local dev server)', () => {
    expect(tls({})).toBeUndefined();
    expect(tls({ TEMPORAL_TLS: 'true' })).toEqual({});
  });

  it('builds mutual TLS from the CA, the client certificate and key, and the server name', () => {
    expect(
      tls({
        TEMPORAL_TLS_CA_FILE: '/ca.pem',
        TEMPORAL_TLS_CERT_FILE: '/client.pem',
        TEMPORAL_TLS_KEY_FILE: '/client.key',
        TEMPORAL_TLS_SERVER_NAME: 'temporal-frontend.temporal.svc',
      }),
    ).toEqual({
      serverNameOverride: 'temporal-frontend.temporal.svc',
      serverRootCACertificate: Buffer.from('CA'),
      clientCertPair: { crt: Buffer.from('CRT'), key: Buffer.from('KEY') },
    });
  });

  it('names a lone certificate or key, an unreadable file, and TLS files with TEMPORAL_TLS=false', () => {
    expect(problemsOf(() => tls({ TEMPORAL_TLS_CERT_FILE: '/client.pem' }))).toEqual([
      'TEMPORAL_TLS_KEY_FILE: required',
    ]);
    expect(problemsOf(() => tls({ TEMPORAL_TLS_CA_FILE: '/missing.pem' }))).toEqual([
      'TEMPORAL_TLS_CA_FILE: readable_file',
    ]);
    expect(problemsOf(() => tls({ TEMPORAL_TLS: 'false', TEMPORAL_TLS_CA_FILE: '/ca.pem' }))).toEqual([
      'TEMPORAL_TLS_CA_FILE: conflict',
    ]);
  });
});

describe('postgresSsl', () => {
  const URL = 'postgres://cases@db.internal:5432/cases';
  const ssl = (env: Record<string, string>) =>
    postgresSsl(loadConfig(databaseEnv, { DATABASE_URL: URL, DATABASE_SCHEMA: 'cases', ...env }), readFile);

  it('is off by default (the embedded local database)', () => {
    expect(ssl({})).toBeUndefined();
  });

  it('verifies the chain and the host name (verify-full), against the CA file or the system CAs', () => {
    expect(ssl({ DATABASE_SSL_CA_FILE: '/ca.pem' })).toEqual({ rejectUnauthorized: true, ca: 'CA' });
    expect(ssl({ DATABASE_SSL_MODE: 'verify-full' })).toEqual({ rejectUnauthorized: true });
  });

  it('names conflicting or unreadable settings', () => {
    expect(problemsOf(() => ssl({ DATABASE_SSL_MODE: 'disable', DATABASE_SSL_CA_FILE: '/ca.pem' }))).toEqual([
      'DATABASE_SSL_CA_FILE: conflict',
    ]);
    expect(problemsOf(() => ssl({ DATABASE_SSL_CA_FILE: '/missing.pem' }))).toEqual([
      'DATABASE_SSL_CA_FILE: readable_file',
    ]);
    expect(
      problemsOf(() =>
        postgresSsl(
          loadConfig(databaseEnv, {
            DATABASE_URL: `${URL}?sslmode=require`,
            DATABASE_SCHEMA: 'cases',
            DATABASE_SSL_MODE: 'verify-full',
          }),
          readFile,
        ),
      ),
    ).toEqual(['DATABASE_URL: conflict']);
  });
});
