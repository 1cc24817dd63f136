import { readFileSync } from 'node:fs';
import { ConfigError, type ConfigProblem } from './config-error';
import { type DatabaseEnv } from './fragments/database';
import { type TemporalEnv } from './fragments/temporal';

type ReadFile = (path: string) => Buffer;
const readBytes: ReadFile = (path) => readFileSync(path);

/** Structurally @temporalio/common's TLSConfig (for Connection and NativeConnection `tls`). */
export interface TemporalTls {
  serverNameOverride?: string;
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

type TemporalTlsEnv = Pick<
  TemporalEnv,
  | 'TEMPORAL_TLS'
  | 'TEMPORAL_TLS_CA_FILE'
  | 'TEMPORAL_TLS_CERT_FILE'
  | 'TEMPORAL_TLS_KEY_FILE'
  | 'TEMPORAL_TLS_SERVER_NAME'
>;

/**
 * The `tls` option of the Temporal client and worker connections: `undefined` (plaintext, the local dev
 * server) unless a TEMPORAL_TLS* setting asks for TLS; a client certificate makes it mutual TLS. Files are
 * read at boot, so a missing one stops the process naming its variable.
 */
export function temporalTls(env: TemporalTlsEnv, readFile: ReadFile = readBytes): TemporalTls | undefined {
  const problems: ConfigProblem[] = [];
  const read = fileReader(problems, readFile);
  const wanted =
    env.TEMPORAL_TLS === 'true' ||
    (env.TEMPORAL_TLS !== 'false' &&
      [
        env.TEMPORAL_TLS_CA_FILE,
        env.TEMPORAL_TLS_CERT_FILE,
        env.TEMPORAL_TLS_KEY_FILE,
        env.TEMPORAL_TLS_SERVER_NAME,
      ].some(Boolean));
  if (env.TEMPORAL_TLS === 'false') {
    for (const variable of [
      'TEMPORAL_TLS_CA_FILE',
      'TEMPORAL_TLS_CERT_FILE',
      'TEMPORAL_TLS_KEY_FILE',
      'TEMPORAL_TLS_SERVER_NAME',
    ] as const) {
      if (env[variable])
        problems.push({ variable, rule: 'conflict', message: 'is set while TEMPORAL_TLS=false' });
    }
  }
  if (!!env.TEMPORAL_TLS_CERT_FILE !== !!env.TEMPORAL_TLS_KEY_FILE) {
    const missing = env.TEMPORAL_TLS_CERT_FILE ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE';
    problems.push({
      variable: missing,
      rule: 'required',
      message: 'client certificate and key go together (mTLS)',
    });
  }
  const tls: TemporalTls = {};
  if (env.TEMPORAL_TLS_SERVER_NAME) tls.serverNameOverride = env.TEMPORAL_TLS_SERVER_NAME;
  if (env.TEMPORAL_TLS_CA_FILE)
    tls.serverRootCACertificate = read('TEMPORAL_TLS_CA_FILE', env.TEMPORAL_TLS_CA_FILE);
  if (env.TEMPORAL_TLS_CERT_FILE && env.TEMPORAL_TLS_KEY_FILE) {
    const crt = read('TEMPORAL_TLS_CERT_FILE', env.TEMPORAL_TLS_CERT_FILE);
    const key = read('TEMPORAL_TLS_KEY_FILE', env.TEMPORAL_TLS_KEY_FILE);
    if (crt && key) tls.clientCertPair = { crt, key };
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return wanted ? tls : undefined;
}

/** Structurally node-postgres' `ssl` option (TypeORM passes it through). */
export interface PostgresSsl {
  rejectUnauthorized: true;
  ca?: string;
}

/**
 * The `ssl` option of the Postgres connections: `undefined` (no TLS, the embedded local database) or the
 * equivalent of libpq's sslmode=verify-full: the chain is verified (against DATABASE_SSL_CA_FILE, else the
 * system CAs) and node's default identity check matches the certificate to the URL's host. An `sslmode` in
 * DATABASE_URL is refused when these settings are used: node-postgres lets the URL override the option.
 */
export function postgresSsl(
  env: Pick<DatabaseEnv, 'DATABASE_URL' | 'DATABASE_SSL_MODE' | 'DATABASE_SSL_CA_FILE'>,
  readFile: ReadFile = readBytes,
): PostgresSsl | undefined {
  const problems: ConfigProblem[] = [];
  const read = fileReader(problems, readFile);
  const mode = env.DATABASE_SSL_MODE ?? (env.DATABASE_SSL_CA_FILE ? 'verify-full' : 'disable');
  if (mode === 'disable' && env.DATABASE_SSL_CA_FILE) {
    problems.push({
      variable: 'DATABASE_SSL_CA_FILE',
      rule: 'conflict',
      message: 'is set while DATABASE_SSL_MODE=disable',
    });
  }
  if (mode === 'verify-full' && /[?&]ssl(mode)?=/.test(env.DATABASE_URL)) {
    problems.push({
      variable: 'DATABASE_URL',
      rule: 'conflict',
      message: 'must not carry ssl/sslmode parameters when DATABASE_SSL_MODE or DATABASE_SSL_CA_FILE is set',
    });
  }
  const ca =
    mode === 'verify-full' && env.DATABASE_SSL_CA_FILE
      ? read('DATABASE_SSL_CA_FILE', env.DATABASE_SSL_CA_FILE)
      : undefined;
  if (problems.length > 0) throw new ConfigError(problems);
  if (mode === 'disable') return undefined;
  return ca ? { rejectUnauthorized: true, ca: ca.toString('utf8') } : { rejectUnauthorized: true };
}

function fileReader(problems: ConfigProblem[], readFile: ReadFile) {
  return (variable: string, path: string): Buffer | undefined => {
    try {
      return readFile(path);
    } catch {
      problems.push({ variable, rule: 'readable_file', message: 'names a file that cannot be read' });
      return undefined;
    }
  };
}
