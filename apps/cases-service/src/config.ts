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
import { TOPIC_NAME_PATTERN, TOPICS } from '@qorgau/contracts';
import { authEnv } from '@qorgau/service-kit';
import { MAX_TIME_SCALE, MIN_TIME_SCALE } from '@qorgau/workflows';
import { z } from 'zod';
import { calendarFile, policyFile } from './decision-environment.config';

const topic = z.string().regex(TOPIC_NAME_PATTERN, 'must be <context>.<name>.v<N>');

const TIME_SCALE_RULE = 'must be a number from 1 (real time) to 1000000 (1440: one case day per real minute)';
/**
 * QORGAU_TIME_SCALE: compressed time for demos and end-to-end tests. Each case started while it is not 1 lives on
 * a virtual timeline that many times faster than real time from its start (legal clocks, timers, appeals, support
 * check-ins), carried in the workflow's input. Production keeps 1.
 */
export const timeScale = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, TIME_SCALE_RULE)
  .transform(Number)
  .pipe(z.number().min(MIN_TIME_SCALE, TIME_SCALE_RULE).max(MAX_TIME_SCALE, TIME_SCALE_RULE))
  .default(1);

/**
 * DATABASE_URL owns the `cases` schema (migrated at boot). JWT_* as in @qorgau/service-kit.
 * The topic variables exist so tests can relay to their own topics; production keeps the defaults.
 */
export const casesEnv = databaseEnv
  .extend({ DATABASE_SCHEMA: sqlIdentifier.default('cases') })
  .extend(kafkaEnv.shape)
  .extend(temporalEnv.shape)
  .extend(httpEnv.shape)
  .extend(logEnv.shape)
  .extend(authEnv.shape)
  .extend(migrationEnv.shape)
  .extend({
    CASE_EVENTS_TOPIC: topic.default(TOPICS.caseEvents),
    SUPPORT_FOLLOW_UPS_TOPIC: topic.default(TOPICS.supportFollowUps),
    /** Wellbeing's completed check-ins, signalled to the support workflows (src/support). */
    WELLBEING_CHECK_INS_TOPIC: topic.default(TOPICS.wellbeingCheckIns),
    SUPPORT_CONSUMER_GROUP: z.string().min(1).default('cases-service-support'),
    SUPPORT_CONSUMER_RETRY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    /** Off in processes that only serve HTTP while another process consumes (and in focused tests). */
    SUPPORT_CONSUMER_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    // A safety net only: the relay wakes on NOTIFY from the outbox's insert trigger and on in-process nudges.
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(5000),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    /**
     * An outbox message is stuck once this many publish attempts failed: counted in `cases_outbox_stuck` and
     * readiness reports the relay degraded.
     */
    OUTBOX_STUCK_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    /** Readiness fails (not ready) when the oldest unpublished message is older than this. */
    OUTBOX_MAX_LAG_SECONDS: z.coerce.number().int().min(1).default(300),
    /**
     * How long an Idempotency-Key claim protects a running request: a replay within it answers 409, after it
     * (the first request crashed) the key can be retaken. Longer than any command's HTTP timeout.
     */
    IDEMPOTENCY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    EVIDENCE_DIR: z.string().min(1).default('.cache/evidence'),
    /** `disk` (EVIDENCE_DIR, the embedded default) or `s3` (EVIDENCE_S3_* and EVIDENCE_ENCRYPTION_KEY(_FILE)). */
    EVIDENCE_STORAGE: z.enum(['disk', 's3'], 'must be disk or s3').default('disk'),
    EVIDENCE_S3_BUCKET: z.string().min(3).optional(),
    EVIDENCE_S3_PREFIX: z.string().default('evidence/'),
    EVIDENCE_S3_REGION: z.string().min(1).default('us-east-1'),
    /** An S3-compatible server's URL; unset: AWS S3 itself. Credentials come from the AWS SDK's default chain. */
    EVIDENCE_S3_ENDPOINT: z.url().optional(),
    EVIDENCE_S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** AES-256 key (32 bytes, base64) that encrypts evidence before it is uploaded; inline or in a mounted file. */
    EVIDENCE_ENCRYPTION_KEY: z.string().min(1).optional(),
    EVIDENCE_ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
    QORGAU_TIME_SCALE: timeScale,
    /** Policy overrides for new cases (JSON file); default: the domain's DEFAULT_POLICY. */
    QORGAU_POLICY_FILE: policyFile,
    /** Calendar corrections for new cases (JSON file); default: the shipped kz-calendar-data.json. */
    QORGAU_CALENDAR_FILE: calendarFile,
    /** Off in processes that only serve HTTP while another process relays (and in focused tests). */
    OUTBOX_RELAY_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  });

export type CasesConfig = z.output<typeof casesEnv>;

export const loadCasesConfig = (env: Environment = process.env): CasesConfig => loadConfig(casesEnv, env);
