import { z } from 'zod';
import { ConfigError } from './config-error';
import { databaseEnv } from './fragments/database';
import { httpEnv } from './fragments/http';
import { kafkaEnv } from './fragments/kafka';
import { logEnv } from './fragments/log';
import { temporalEnv } from './fragments/temporal';
import { loadConfig } from './load-config';

const serviceEnv = z.object({
  ...databaseEnv.shape,
  ...kafkaEnv.shape,
  ...temporalEnv.shape,
  ...httpEnv.shape,
  ...logEnv.shape,
});

const SECRET_URL = 'postgres://qorgau:s3cr3t-Passw0rd@db.internal:5432/qorgau';

const failure = (schema: z.ZodType, env: Record<string, string | undefined>): ConfigError => {
  try {
    loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
};

describe('loadConfig', () => {
  it('applies the documented local defaults around the required variables', () => {
    const config = loadConfig(serviceEnv, { DATABASE_URL: SECRET_URL, DATABASE_SCHEMA: 'cases' });
    expect(config).toEqual({
      DATABASE_URL: SECRET_URL,
      DATABASE_SCHEMA: 'cases',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_CLIENT_ID: 'qorgau',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'investigations',
      PORT: 3000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
  });

  it('parses values: broker lists, ports, levels; empty values count as unset', () => {
    const config = loadConfig(serviceEnv, {
      DATABASE_URL: SECRET_URL,
      DATABASE_SCHEMA: 'wellbeing',
      KAFKA_BROKERS: ' kafka-1:9092, kafka-2:9092 ,',
      KAFKA_CLIENT_ID: 'wellbeing-service',
      TEMPORAL_TASK_QUEUE: 'support',
      PORT: '',
      LOG_LEVEL: 'debug',
    });
    expect(config.KAFKA_BROKERS).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(config.PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.TEMPORAL_TASK_QUEUE).toBe('support');
  });

  it('fails fast with one message naming every bad variable and its rule', () => {
    const error = failure(serviceEnv, {
      DATABASE_SCHEMA: 'Cases; DROP TABLE x',
      KAFKA_BROKERS: 'kafka-1',
      PORT: '70000',
      LOG_LEVEL: 'verbose',
    });
    expect(error.problems.map((p) => [p.variable, p.rule])).toEqual([
      ['DATABASE_URL', 'required'],
      ['DATABASE_SCHEMA', 'invalid_format'],
      ['KAFKA_BROKERS', 'invalid_format'],
      ['PORT', 'too_big'],
      ['LOG_LEVEL', 'invalid_value'],
    ]);
    expect(error.message.split('\n')).toEqual([
      'Invalid configuration: 5 environment variables are invalid.',
      '  - DATABASE_URL: is required but not set [rule: required]',
      '  - DATABASE_SCHEMA: must be a lowercase SQL identifier (a-z, 0-9, _; at most 63) [rule: invalid_format]',
      '  - KAFKA_BROKERS: each broker must be host:port [rule: invalid_format]',
      '  - PORT: must be at most 65535 [rule: too_big]',
      '  - LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" [rule: invalid_value]',
    ]);
  });

  it('never echoes a value, not even from a refinement that tries to', () => {
    const leaky = z.object({
      DATABASE_URL: z.string().refine((value) => value.startsWith('mysql:'), {
        error: (issue) => `unsupported url ${String(issue.input)}`,
      }),
      API_TOKEN: z.string().length(64, 'must be 64 characters'),
    });
    const error = failure(leaky, { DATABASE_URL: SECRET_URL, API_TOKEN: 'tok-very-secret' });
    expect(error.message).not.toContain('s3cr3t-Passw0rd');
    expect(error.message).not.toContain('very-secret');
    expect(error.message).toContain('DATABASE_URL: unsupported url <redacted> [rule: custom]');
    expect(error.message).toContain('API_TOKEN: must be 64 characters [rule: too_small]');
  });

  it('rejects a database URL that is not Postgres without showing it', () => {
    const error = failure(databaseEnv, {
      DATABASE_URL: 'mysql://root:hunter22@db/x',
      DATABASE_SCHEMA: 'cases',
    });
    expect(error.message).toBe(
      'Invalid configuration: 1 environment variable is invalid.\n' +
        '  - DATABASE_URL: must be a postgres:// or postgresql:// URL with a host [rule: custom]',
    );
  });

  it('reads process.env by default', () => {
    process.env.QORGAU_TEST_LEVEL = 'warn';
    try {
      expect(loadConfig(z.object({ QORGAU_TEST_LEVEL: z.enum(['warn', 'info']) }))).toEqual({
        QORGAU_TEST_LEVEL: 'warn',
      });
    } finally {
      delete process.env.QORGAU_TEST_LEVEL;
    }
  });
});
