import {
  databaseEnv,
  httpEnv,
  kafkaEnv,
  loadConfig,
  logEnv,
  migrationEnv,
  sqlIdentifier,
  temporalEnv,
  type Environment,
} from '@qorgau/config';
import { TOPICS } from '@qorgau/contracts';
import { authEnv } from '@qorgau/service-kit';
import { MAX_TIME_SCALE, MIN_TIME_SCALE } from '@qorgau/workflows';
import { z } from 'zod';

const offsets = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be comma-separated whole days, e.g. 7,30,90,180')
  .transform((value) => value.split(',').map(Number));

const topic = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/, 'must be <context>.<name>.v<N>');

const TIME_SCALE_RULE = 'must be a number from 1 (real time) to 1000000 (1440: one case day per real minute)';
/** QORGAU_TIME_SCALE: compressed time, as for cases (packages/workflows/src/case-clock.ts); production keeps 1. */
const timeScale = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, TIME_SCALE_RULE)
  .transform(Number)
  .pipe(z.number().min(MIN_TIME_SCALE, TIME_SCALE_RULE).max(MAX_TIME_SCALE, TIME_SCALE_RULE))
  .default(1);

/**
 * DATABASE_URL must carry the wellbeing role's own credentials (see `provision-db`), never an admin's.
 * JWT_* as in @qorgau/service-kit (OIDC, or the local dev issuer when unset).
 */
export const wellbeingEnv = databaseEnv
  .extend({ DATABASE_SCHEMA: sqlIdentifier.default('wellbeing') })
  .extend(kafkaEnv.shape)
  .extend(httpEnv.shape)
  .extend(logEnv.shape)
  .extend(authEnv.shape)
  .extend(temporalEnv.shape)
  .extend(migrationEnv.shape)
  .extend({
    /** Assault-on-duty plans run on the support workflow, on this clock (each plan keeps the one it started with). */
    QORGAU_TIME_SCALE: timeScale,
    /** Days staff have to record a check-in's outcome before it counts as missed (as for case-linked plans). */
    SUPPORT_GRACE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    FOLLOW_UPS_TOPIC: topic.default(TOPICS.supportFollowUps),
    CASE_EVENTS_TOPIC: topic.default(TOPICS.caseEvents),
    CONCERNS_TOPIC: topic.default(TOPICS.wellbeingConcerns),
    CHECK_INS_TOPIC: topic.default(TOPICS.wellbeingCheckIns),
    WELLBEING_CONSUMER_GROUP: z.string().min(1).default('wellbeing-service'),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1000),
    SCHEDULER_POLL_MS: z.coerce.number().int().min(10).default(60_000),
    SUPPORT_CHECK_IN_OFFSETS: offsets.prefault('7,30,90,180'),
    /** cases-service, which keeps the directory: plan references are checked against its unit rosters. */
    CASES_SERVICE_URL: z.url().default('http://127.0.0.1:3000'),
    DIRECTORY_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    SEED_LOCAL_UNIT_STAFF: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  });

export type WellbeingConfig = z.output<typeof wellbeingEnv>;

export const loadWellbeingConfig = (env: Environment = process.env): WellbeingConfig =>
  loadConfig(wellbeingEnv, env);
