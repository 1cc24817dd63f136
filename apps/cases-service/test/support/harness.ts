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
import { type Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadCasesConfig, type CasesConfig } from '../../src/config';
import { casesServiceDataSource } from '../../src/db/data-source';
import { DATA_SOURCE } from '../../src/platform/tokens';
import { seedDirectory } from '../../src/seed/seed-data';

export const uniqueTopic = (name: string): string => `itest.${name}-${randomBytes(4).toString('hex')}.v1`;

export const testKafka = (): Kafka =>
  createKafka({
    clientId: 'cases-it',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });

export async function createTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * A fresh database with the service's migrations applied and the seed's directory (units, officers, the
 * commission), which commands' person references are checked against.
 */
export async function migratedDatabase(name: string): Promise<{ url: string; dataSource: DataSource }> {
  const url = await createDatabase(process.env.DATABASE_URL!, name);
  const dataSource = await casesServiceDataSource(url, 4).initialize();
  await dataSource.runMigrations();
  await seedDirectory(dataSource);
  return { url, dataSource };
}

const keysDir = mkdtempSync(join(tmpdir(), 'cases-keys-'));

export interface CasesApp {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  readonly config: CasesConfig;
  close(): Promise<void>;
}

export async function startCases(
  databaseUrl: string,
  env: Record<string, string> = {},
  overrides: { provide: unknown; useValue: unknown }[] = [],
): Promise<CasesApp> {
  const config = loadCasesConfig({
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_CLIENT_ID: 'cases-it',
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: process.env.TEMPORAL_NAMESPACE,
    JWT_DEV_KEYS_DIR: keysDir,
    LOG_LEVEL: process.env.QORGAU_TEST_LOGS ? 'debug' : 'silent',
    OUTBOX_POLL_MS: '100',
    ...env,
  });
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot({ config })] });
  for (const o of overrides) builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, { title: 'Qorgau cases' });
  await app.init();
  return { app, dataSource: app.get<DataSource>(DATA_SOURCE), config, close: () => app.close() };
}

let issuer: Promise<DevTokenIssuer> | undefined;

/** A dev token; `issuedAt` in the past or future mints expired or not-yet-valid ones. */
export async function tokenFor(
  personRef: string,
  roles: Role[],
  unitId = 'unit-almaty-3',
  issuedAt?: Date,
): Promise<string> {
  issuer ??= DevTokenIssuer.create(keysDir);
  return (await issuer).issue({ personRef, roles, unitId, locale: 'ru' }, issuedAt ? { now: issuedAt } : {});
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

export interface Received {
  readonly key: string;
  readonly eventId: string;
  readonly type: string;
  readonly headers: Record<string, string>;
}

/** Reads a topic from the beginning with its own consumer group; `received` grows as messages arrive. */
export async function collect(
  kafka: Kafka,
  topic: string,
): Promise<{ received: Received[]; stop(): Promise<void> }> {
  const consumer = kafka.consumer({
    groupId: `cases-it-${randomBytes(4).toString('hex')}`,
    sessionTimeout: 6000,
    heartbeatInterval: 300,
    rebalanceTimeout: 3000,
    maxWaitTimeInMs: 50,
  });
  const received: Received[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }: { message: KafkaMessage }) => {
      const envelope = JSON.parse(message.value!.toString('utf8')) as { eventId: string; type: string };
      received.push({
        key: message.key!.toString('utf8'),
        eventId: envelope.eventId,
        type: envelope.type,
        headers: Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]),
        ),
      });
    },
  });
  return { received, stop: () => consumer.disconnect() };
}
