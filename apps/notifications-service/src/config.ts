import {
  databaseEnv,
  httpEnv,
  kafkaEnv,
  loadConfig,
  logEnv,
  migrationEnv,
  type Environment,
} from '@qorgau/config';
import { TOPICS } from '@qorgau/contracts';
import { authEnv, LOCALES } from '@qorgau/service-kit';
import { z } from 'zod';

const int = (fallback: number, min = 0) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.int().min(min))
    .prefault(String(fallback));

/** `unit-1=staff-a,staff-b;unit-2=staff-c` → { 'unit-1': ['staff-a', 'staff-b'], ... } */
const staffMapping = z
  .string()
  .regex(
    /^([^=;,\s]+=[^=;,\s]+(,[^=;,\s]+)*)(;[^=;,\s]+=[^=;,\s]+(,[^=;,\s]+)*)*$/,
    'must be unit=ref,ref;unit=ref',
  )
  .transform((value) =>
    Object.fromEntries(
      value.split(';').map((entry) => {
        const [unit, refs] = entry.split('=') as [string, string];
        return [unit, refs.split(',')];
      }),
    ),
  )
  .optional();

export const notificationsEnv = z.object({
  ...databaseEnv.shape,
  DATABASE_SCHEMA: z.literal('notifications').default('notifications'),
  ...kafkaEnv.shape,
  KAFKA_CLIENT_ID: kafkaEnv.shape.KAFKA_CLIENT_ID.default('notifications-service'),
  ...httpEnv.shape,
  ...logEnv.shape,
  ...authEnv.shape,
  ...migrationEnv.shape,
  CONSUMER_GROUP: z.string().min(1).default('notifications-service'),
  CASE_EVENTS_TOPIC: z.string().min(1).default(TOPICS.caseEvents),
  SUPPORT_FOLLOW_UPS_TOPIC: z.string().min(1).default(TOPICS.supportFollowUps),
  WELLBEING_CONCERNS_TOPIC: z.string().min(1).default(TOPICS.wellbeingConcerns),
  CONSUMER_SESSION_TIMEOUT_MS: int(30_000, 6000),
  CONSUMER_HEARTBEAT_INTERVAL_MS: int(3000, 100),
  CONSUMER_MAX_WAIT_MS: int(5000, 10),
  CONSUMER_RETRY_ATTEMPTS: int(5, 1),
  CONSUMER_RETRY_BASE_DELAY_MS: int(500, 1),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: int(1025, 1),
  SMTP_FROM: z.string().min(3).default('Qorgau <no-reply@qorgau.local>'),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  EMAIL_POLL_INTERVAL_MS: int(2000, 10),
  EMAIL_MAX_ATTEMPTS: int(8, 1),
  EMAIL_RETRY_BASE_DELAY_MS: int(5000, 1),
  DEFAULT_LOCALE: z.enum(LOCALES).default('ru'),
  WELLBEING_STAFF: staffMapping,
});

export type NotificationsConfig = z.output<typeof notificationsEnv>;

export const loadNotificationsConfig = (env: Environment = process.env): NotificationsConfig =>
  loadConfig(notificationsEnv, env);
