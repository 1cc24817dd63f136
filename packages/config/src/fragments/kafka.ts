import { z } from 'zod';
import { HOST_PORT } from './common';

/**
 * KAFKA_BROKERS   comma-separated host:port list, parsed to an array; default `127.0.0.1:9092`
 *                 (infra/docker-compose.yml; devstack sets its own).
 * KAFKA_CLIENT_ID default `qorgau`; set it per service so broker logs say who connected.
 */
export const kafkaEnv = z.object({
  KAFKA_BROKERS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter((broker) => broker !== ''),
    )
    .pipe(
      z
        .array(z.string().regex(HOST_PORT, 'each broker must be host:port'))
        .min(1, 'must list at least one broker'),
    )
    .prefault('127.0.0.1:9092'),
  KAFKA_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'must use letters, digits, dot, dash or underscore')
    .default('qorgau'),
});

export type KafkaEnv = z.output<typeof kafkaEnv>;
