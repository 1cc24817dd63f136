import { z } from 'zod';
import { HOST_PORT } from './common';

/**
 * KAFKA_BROKERS   comma-separated host:port list, parsed to an array; default `127.0.0.1:9092`
 *                 (infra/docker-compose.yml; devstack sets its own).
 * KAFKA_CLIENT_ID default `qorgau`; set it per service so broker logs say who connected.
 * Transport security (all optional; see kafkaSecurity for how they combine):
 * KAFKA_SSL                 `true` connects over TLS with the system's CAs; implied by the two below.
 * KAFKA_SSL_CA_FILE         PEM file of the CA(s) that signed the brokers' certificates.
 * KAFKA_SASL_MECHANISM      `scram-sha-256` or `scram-sha-512`.
 * KAFKA_SASL_USERNAME       the SCRAM user.
 * KAFKA_SASL_PASSWORD(_FILE) its password, inline or in a mounted file (exactly one of the two).
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
  KAFKA_SSL: z.enum(['true', 'false'], 'must be true or false').optional(),
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
  KAFKA_SASL_MECHANISM: z
    .enum(['scram-sha-256', 'scram-sha-512'], 'must be scram-sha-256 or scram-sha-512')
    .optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD_FILE: z.string().min(1).optional(),
});

export type KafkaEnv = z.output<typeof kafkaEnv>;
