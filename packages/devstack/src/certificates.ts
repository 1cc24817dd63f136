import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireCommand } from './prerequisites';

/** PEM files of a throw-away certificate authority and one certificate it signed. */
export interface TestCertificates {
  readonly dir: string;
  /** The CA certificate: what a client trusts (KAFKA_SSL_CA_FILE, TEMPORAL_TLS_CA_FILE, ...). */
  readonly caFile: string;
  readonly certFile: string;
  /** Unencrypted PKCS#8 key of certFile. */
  readonly keyFile: string;
  /** keyFile followed by certFile and the CA: the PEM keystore layout Kafka reads (ssl.keystore.type=PEM). */
  readonly keystoreFile: string;
}

/**
 * Makes a CA and a certificate for `127.0.0.1`/`localhost` (server and client use) with openssl, in `dir`.
 * For tests and the local run only: keys are unencrypted and live one day.
 */
export function makeTestCertificates(dir: string, commonName = 'localhost'): TestCertificates {
  requireCommand('openssl');
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file('ca.key'));
  openssl(
    'req', '-x509', '-new', '-key', file('ca.key'), '-subj', '/CN=Qorgau test CA', '-days', '1',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-out', file('ca.crt'),
  ); // prettier-ignore
  openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file('server.key'));
  openssl(
    'req',
    '-new',
    '-key',
    file('server.key'),
    '-subj',
    `/CN=${commonName}`,
    '-out',
    file('server.csr'),
  );
  writeFileSync(
    file('server.ext'),
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth,clientAuth',
      `subjectAltName=DNS:${commonName},DNS:localhost,IP:127.0.0.1`,
      '',
    ].join('\n'),
  );
  openssl(
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '1', '-extfile', file('server.ext'), '-out', file('server.crt'),
  ); // prettier-ignore
  writeFileSync(
    file('server.keystore.pem'),
    [file('server.key'), file('server.crt'), file('ca.crt')].map((f) => readFileSync(f, 'utf8')).join(''),
  );
  return {
    dir,
    caFile: file('ca.crt'),
    certFile: file('server.crt'),
    keyFile: file('server.key'),
    keystoreFile: file('server.keystore.pem'),
  };
}
