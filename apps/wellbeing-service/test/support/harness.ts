import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createDatabase } from '@qorgau/devstack';
import { createKafka } from '@qorgau/messaging';
import { configureApp, DevTokenIssuer, type Role } from '@qorgau/service-kit';
import { type Kafka, logLevel } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadWellbeingConfig, type WellbeingConfig } from '../../src/config';
import { provisionWellbeingDatabase } from '../../src/db/provision';
import { DATA_SOURCE } from '../../src/platform/tokens';

/** Roles are cluster-wide: one test role for every suite, re-provisioned per database. */
export const TEST_ROLE = { name: 'qorgau_wellbeing_test', password: 'wellbeing-test-password' };

/** Join, rebalance and fetch settings that keep the suite fast on two shared cores. */
export const FAST_CONSUMER = {
  consumerConfig: {
    sessionTimeout: 6000,
    heartbeatInterval: 300,
    rebalanceTimeout: 3000,
    maxWaitTimeInMs: 50,
  },
  retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 80, jitter: false },
};

export const uniqueTopic = (name: string): string => `itest.${name}-${randomBytes(4).toString('hex')}.v1`;

export const testKafka = (): Kafka =>
  createKafka({
    clientId: 'wellbeing-it',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });

export async function createTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.flatMap((topic) => [
        { topic, numPartitions: 1 },
        { topic: `${topic}.dlq`, numPartitions: 1 },
      ]),
    });
  } finally {
    await admin.disconnect();
  }
}

/** A movable clock: tests decide what day it is. */
export class TestClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current);
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface Wellbeing {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  readonly config: WellbeingConfig;
  close(): Promise<void>;
}

/** A fresh database provisioned like production: the service connects with its own role, not the admin. */
export async function provisionedDatabase(name: string): Promise<{ adminUrl: string; serviceUrl: string }> {
  const adminUrl = await createDatabase(process.env.DATABASE_URL!, name);
  return { adminUrl, serviceUrl: await provisionWellbeingDatabase(adminUrl, TEST_ROLE) };
}

export const keysDir = mkdtempSync(join(tmpdir(), 'wellbeing-keys-'));

/**
 * Every topic the service subscribes to or produces is the suite's own unless the test names one: the shared
 * topics are other tests' business, and a fresh broker has none of them (subscribing to a missing topic fails).
 */
const suiteTopics = new Map<string, Promise<string>>();
const suiteTopic = (name: string): Promise<string> => {
  let topic = suiteTopics.get(name);
  if (!topic) {
    topic = (async () => {
      const own = uniqueTopic(name);
      await createTopics(testKafka(), [own]);
      return own;
    })();
    suiteTopics.set(name, topic);
  }
  return topic;
};

export async function startWellbeing(
  serviceUrl: string,
  env: Record<string, string>,
  clock: TestClock,
): Promise<Wellbeing> {
  const topics = {
    CASE_EVENTS_TOPIC: env.CASE_EVENTS_TOPIC ?? (await suiteTopic('case-events')),
    CHECK_INS_TOPIC: env.CHECK_INS_TOPIC ?? (await suiteTopic('check-ins')),
    FOLLOW_UPS_TOPIC: env.FOLLOW_UPS_TOPIC ?? (await suiteTopic('follow-ups')),
    CONCERNS_TOPIC: env.CONCERNS_TOPIC ?? (await suiteTopic('concerns')),
  };
  const config = loadWellbeingConfig({
    DATABASE_URL: serviceUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_CLIENT_ID: 'wellbeing-it',
    JWT_DEV_KEYS_DIR: keysDir,
    LOG_LEVEL: process.env.QORGAU_TEST_LOGS ? 'debug' : 'silent',
    SEED_LOCAL_UNIT_STAFF: 'true',
    OUTBOX_POLL_MS: '200',
    SCHEDULER_POLL_MS: '3600000',
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: process.env.TEMPORAL_NAMESPACE,
    // A queue of the suite's own: no other test's worker may pick up the support workflows started here.
    TEMPORAL_TASK_QUEUE: `wellbeing-it-${randomBytes(4).toString('hex')}`,
    ...env,
    ...topics,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, clock, consumerTuning: FAST_CONSUMER })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, { title: 'Qorgau wellbeing' });
  await app.init();
  return { app, dataSource: app.get<DataSource>(DATA_SOURCE), config, close: () => app.close() };
}

let issuer: Promise<DevTokenIssuer> | undefined;

export async function tokenFor(personRef: string, roles: Role[], unitId = 'unit-almaty-3'): Promise<string> {
  issuer ??= DevTokenIssuer.create(keysDir);
  return (await issuer).issue({ personRef, roles, unitId, locale: 'ru' });
}

export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
