import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  caseEvents,
  makeEnvelope,
  supportFollowUps,
  wellbeingConcerns,
  type EventTypeOf,
} from '@qorgau/contracts';
import { createDatabase } from '@qorgau/devstack';
import { createKafka, EventPublisher } from '@qorgau/messaging';
import { configureApp } from '@qorgau/service-kit';
import { type Kafka, logLevel } from 'kafkajs';
import { AppModule } from '../../src/app.module';
import { loadNotificationsConfig, type NotificationsConfig } from '../../src/config';

export const uniqueTopic = (name: string): string => `itest.${name}-${randomBytes(4).toString('hex')}.v1`;

export const testKafka = (): Kafka =>
  createKafka({
    clientId: 'notifications-it',
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
        { topic, numPartitions: 2 },
        { topic: `${topic}.dlq`, numPartitions: 1 },
      ]),
    });
  } finally {
    await admin.disconnect();
  }
}

/** Environment for one suite: fresh database, unique topics and group, fast consumer, the test's SMTP port. */
export async function suiteEnv(
  smtpPort: number,
  overrides: Record<string, string> = {},
): Promise<Record<string, string>> {
  const databaseUrl = await createDatabase(process.env.DATABASE_URL!, 'notifications');
  return {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
    CONSUMER_GROUP: `notifications-it-${randomBytes(4).toString('hex')}`,
    CASE_EVENTS_TOPIC: uniqueTopic('case-events'),
    SUPPORT_FOLLOW_UPS_TOPIC: uniqueTopic('follow-ups'),
    WELLBEING_CONCERNS_TOPIC: uniqueTopic('concerns'),
    CONSUMER_SESSION_TIMEOUT_MS: '6000',
    CONSUMER_HEARTBEAT_INTERVAL_MS: '300',
    CONSUMER_MAX_WAIT_MS: '50',
    CONSUMER_RETRY_ATTEMPTS: '2',
    CONSUMER_RETRY_BASE_DELAY_MS: '20',
    SMTP_PORT: String(smtpPort),
    EMAIL_POLL_INTERVAL_MS: '100',
    EMAIL_RETRY_BASE_DELAY_MS: '100',
    WELLBEING_STAFF: 'unit-1=staff-1,investigator-1',
    JWT_DEV_KEYS_DIR: mkdtempSync(join(tmpdir(), 'qorgau-keys-')),
    LOG_LEVEL: process.env.QORGAU_TEST_LOGS ? 'info' : 'silent',
    ...overrides,
  };
}

/** Config for one suite (see suiteEnv). */
export async function suiteConfig(
  smtpPort: number,
  overrides: Record<string, string> = {},
): Promise<NotificationsConfig> {
  return loadNotificationsConfig(await suiteEnv(smtpPort, overrides));
}

/** The whole service, as main.ts builds it (minus listen: supertest drives the HTTP server). */
export async function startService(config: NotificationsConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app, { title: 'notifications (test)' });
  await app.init();
  return app;
}

export async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Builds case events on a renamed topic, with the envelope the cases service sends. */
export function caseEventFactory(topic: string) {
  const contract = caseEvents.withName(topic);
  return {
    contract,
    event: (
      caseId: string,
      type: EventTypeOf<typeof contract>,
      data: Record<string, unknown>,
      eventId: string = randomUUID(),
    ) =>
      makeEnvelope(contract, type, {
        eventId,
        occurredAt: '2025-11-24T04:00:00.000Z',
        producer: 'cases-service',
        subject: caseId,
        // The public shape (checked here, as the cases service checks it before it publishes).
        data: { caseId, at: '2025-11-24T04:00:00.000Z', on: '2025-11-24', ...data } as never,
      }),
  };
}

export function followUpFactory(topic: string) {
  const contract = supportFollowUps.withName(topic);
  return {
    contract,
    checkInDue: (personRef: string, caseId: string) =>
      makeEnvelope(contract, 'support.check-in.due', {
        eventId: randomUUID(),
        occurredAt: '2025-12-24T04:00:00.000Z',
        producer: 'workflow-worker',
        subject: `support-${personRef}-${caseId}`,
        data: {
          planId: `support-${personRef}-${caseId}`,
          personRef,
          role: 'subject',
          caseId,
          unitId: 'unit-1',
          checkInNumber: 1,
          dueAt: '2025-12-31',
          offsetDays: 7,
        },
      }),
  };
}

/** Builds `wellbeing.concern.raised` on a renamed topic, as wellbeing-service sends it (keyed by the case). */
export function concernFactory(topic: string) {
  const contract = wellbeingConcerns.withName(topic);
  return {
    contract,
    raised: (caseId: string, category: 'retaliation' | 'stigmatization' | 'isolation' | 'other') =>
      makeEnvelope(contract, 'wellbeing.concern.raised', {
        eventId: randomUUID(),
        occurredAt: '2026-01-10T04:15:00.000Z',
        producer: 'wellbeing-service',
        subject: caseId,
        data: { caseId, category, raisedAt: '2026-01-10T04:15:00.000Z' },
      }),
  };
}

export const newPublisher = async (kafka: Kafka): Promise<EventPublisher> => {
  const publisher = new EventPublisher({ kafka });
  await publisher.connect();
  return publisher;
};
