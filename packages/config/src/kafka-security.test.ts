import { ConfigError } from './config-error';
import { kafkaEnv } from './fragments/kafka';
import { kafkaSecurity } from './kafka-security';
import { loadConfig } from './load-config';

const files: Record<string, string> = { '/ca.pem': 'CA PEM', '/password': 'from-file\n' };
const readFile = (path: string): string => {
  const content = files[path];
  if (content === undefined) throw new Error('ENOENT');
  return content;
};
const security = (env: Record<string, string>) => kafkaSecurity(loadConfig(kafkaEnv, env), readFile);
const problems = (env: Record<string, string>) => {
  try {
    security(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.rule}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('kafkaSecurity', () => {
  it('stays plaintext without settings (the local run and tests)', () => {
    expect(security({})).toEqual({});
  });

  it('uses TLS with the CA file and SCRAM with the password from its file', () => {
    expect(
      security({
        KAFKA_SSL_CA_FILE: '/ca.pem',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'cases',
        KAFKA_SASL_PASSWORD_FILE: '/password',
      }),
    ).toEqual({
      ssl: { ca: ['CA PEM'] },
      sasl: { mechanism: 'scram-sha-512', username: 'cases', password: 'from-file' },
    });
  });

  it('implies TLS with the system CAs for SCRAM unless KAFKA_SSL=false says SASL_PLAINTEXT', () => {
    const scram = {
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD: 'p',
    };
    expect(security(scram).ssl).toBe(true);
    expect(security({ ...scram, KAFKA_SSL: 'false' }).ssl).toBeUndefined();
    expect(security({ KAFKA_SSL: 'true' })).toEqual({ ssl: true });
  });

  it('names every inconsistent setting', () => {
    expect(problems({ KAFKA_SASL_MECHANISM: 'scram-sha-256' })).toEqual([
      'KAFKA_SASL_USERNAME: required',
      'KAFKA_SASL_PASSWORD: required',
    ]);
    expect(
      problems({
        KAFKA_SASL_MECHANISM: 'scram-sha-256',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
        KAFKA_SASL_PASSWORD_FILE: '/password',
      }),
    ).toEqual(['KAFKA_SASL_PASSWORD_FILE: exclusive']);
    expect(problems({ KAFKA_SASL_USERNAME: 'u' })).toEqual(['KAFKA_SASL_MECHANISM: required']);
    expect(problems({ KAFKA_SSL_CA_FILE: '/missing.pem' })).toEqual(['KAFKA_SSL_CA_FILE: readable_file']);
    expect(problems({ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: '/ca.pem' })).toEqual([
      'KAFKA_SSL_CA_FILE: conflict',
    ]);
  });

  it('refuses an unknown mechanism at load time', () => {
    expect(() => loadConfig(kafkaEnv, { KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_MECHANISM/);
  });
});
