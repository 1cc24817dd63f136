import { readFileSync } from 'node:fs';
import { ConfigError, type ConfigProblem } from './config-error';
import { type KafkaEnv } from './fragments/kafka';

/** The `ssl` and `sasl` parts of a kafkajs client config (structurally kafkajs' own types). */
export interface KafkaSecurity {
  ssl?: true | { ca: string[] };
  sasl?:
    | { mechanism: 'scram-sha-256'; username: string; password: string }
    | { mechanism: 'scram-sha-512'; username: string; password: string };
}

type SecurityEnv = Pick<
  KafkaEnv,
  | 'KAFKA_SSL'
  | 'KAFKA_SSL_CA_FILE'
  | 'KAFKA_SASL_MECHANISM'
  | 'KAFKA_SASL_USERNAME'
  | 'KAFKA_SASL_PASSWORD'
  | 'KAFKA_SASL_PASSWORD_FILE'
>;

/**
 * Turns the KAFKA_SSL / KAFKA_SASL_* settings into kafkajs options, reading the CA and password files, or
 * throws one ConfigError naming every inconsistent setting. SCRAM implies TLS (a password exchange over a
 * plaintext listener is SASL_PLAINTEXT, which only an explicit KAFKA_SSL=false asks for). No settings: plaintext.
 */
export function kafkaSecurity(
  env: SecurityEnv,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): KafkaSecurity {
  const problems: ConfigProblem[] = [];
  const read = (variable: string, path: string): string | undefined => {
    try {
      return readFile(path);
    } catch {
      problems.push({ variable, rule: 'readable_file', message: 'names a file that cannot be read' });
      return undefined;
    }
  };
  const security: KafkaSecurity = {};
  const mechanism = env.KAFKA_SASL_MECHANISM;
  if (mechanism) {
    const username = env.KAFKA_SASL_USERNAME;
    if (!username)
      problems.push(required('KAFKA_SASL_USERNAME', 'is required when KAFKA_SASL_MECHANISM is set'));
    let password: string | undefined;
    if (env.KAFKA_SASL_PASSWORD && env.KAFKA_SASL_PASSWORD_FILE) {
      problems.push({
        variable: 'KAFKA_SASL_PASSWORD_FILE',
        rule: 'exclusive',
        message: 'set either KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, not both',
      });
    } else if (env.KAFKA_SASL_PASSWORD_FILE) {
      password = read('KAFKA_SASL_PASSWORD_FILE', env.KAFKA_SASL_PASSWORD_FILE)?.replace(/\r?\n$/, '');
    } else if (env.KAFKA_SASL_PASSWORD) {
      password = env.KAFKA_SASL_PASSWORD;
    } else {
      problems.push(
        required(
          'KAFKA_SASL_PASSWORD',
          'or KAFKA_SASL_PASSWORD_FILE is required when KAFKA_SASL_MECHANISM is set',
        ),
      );
    }
    if (username && password) security.sasl = { mechanism, username, password };
  } else {
    for (const variable of [
      'KAFKA_SASL_USERNAME',
      'KAFKA_SASL_PASSWORD',
      'KAFKA_SASL_PASSWORD_FILE',
    ] as const) {
      if (env[variable])
        problems.push(required('KAFKA_SASL_MECHANISM', `is required when ${variable} is set`));
    }
  }
  const tls =
    env.KAFKA_SSL !== 'false' && (env.KAFKA_SSL === 'true' || !!env.KAFKA_SSL_CA_FILE || !!mechanism);
  if (env.KAFKA_SSL === 'false' && env.KAFKA_SSL_CA_FILE) {
    problems.push({
      variable: 'KAFKA_SSL_CA_FILE',
      rule: 'conflict',
      message: 'is set while KAFKA_SSL=false',
    });
  }
  if (tls) {
    const ca = env.KAFKA_SSL_CA_FILE ? read('KAFKA_SSL_CA_FILE', env.KAFKA_SSL_CA_FILE) : undefined;
    security.ssl = ca === undefined ? true : { ca: [ca] };
  }
  if (problems.length > 0) throw new ConfigError(dedupe(problems));
  return security;
}

const required = (variable: string, message: string): ConfigProblem => ({
  variable,
  rule: 'required',
  message,
});

const dedupe = (problems: ConfigProblem[]): ConfigProblem[] =>
  problems.filter((p, i) => problems.findIndex((q) => q.variable === p.variable) === i);
