import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaEnv, kafkaSecurity, loadConfig } from '@qorgau/config';
import { makeTestCertificates, startKafka, type KafkaHandle } from '@qorgau/devstack';
import { type Kafka, logLevel } from 'kafkajs';
import { createKafka } from '../src';
import { FAST_CONSUMER, testLogger, uniqueTopic, waitUntil } from './support/infra';

// A broker of its own with a SASL_SSL listener (TLS from a test CA, SCRAM users in the KRaft metadata), reached
// through the same KAFKA_* settings a service reads in production.
const dir = mkdtempSync(join(tmpdir(), 'qorgau-kafka-tls-'));
const certificates = makeTestCertificates(dir);
const passwordFile = join(dir, 'password');
writeFileSync(passwordFile, 'relaySecret512\n');
let broker: KafkaHandle;

const clientFor = (env: Record<string, string>): Kafka => {
  const config = loadConfig(kafkaEnv, { KAFKA_BROKERS: broker.saslSslBrokers!, ...env });
  return createKafka({
    clientId: 'tls-it',
    brokers: config.KAFKA_BROKERS,
    ...kafkaSecurity(config),
    logLevel: logLevel.NOTHING,
    logger: testLogger,
    retry: { retries: 1, initialRetryTime: 100 },
    connectionTimeout: 5000,
  });
};

beforeAll(async () => {
  broker = await startKafka({
    saslSsl: {
      keystoreFile: certificates.keystoreFile,
      users: [
        { mechanism: 'SCRAM-SHA-256', username: 'cases', password: 'casesSecret256' },
        { mechanism: 'SCRAM-SHA-512', username: 'relay', password: 'relaySecret512' },
      ],
    },
  });
}, 180_000);

afterAll(async () => {
  await broker?.stop();
});

describe('Kafka over TLS with SASL/SCRAM', () => {
  it.each([
    ['scram-sha-256', { KAFKA_SASL_USERNAME: 'cases', KAFKA_SASL_PASSWORD: 'casesSecret256' }],
    ['scram-sha-512', { KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD_FILE: passwordFile }],
  ])(
    'produces and consumes through the SASL_SSL listener with %s',
    async (mechanism, credentials) => {
      const kafka = clientFor({
        KAFKA_SSL_CA_FILE: certificates.caFile,
        KAFKA_SASL_MECHANISM: mechanism,
        ...credentials,
      });
      const topic = uniqueTopic(`tls-${mechanism}`);
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'case-1', value: `over TLS with ${mechanism}` }] });
      await producer.disconnect();

      const received: string[] = [];
      const consumer = kafka.consumer({ groupId: `tls-${mechanism}`, ...FAST_CONSUMER });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void received.push(String(message.value)) });
      try {
        await waitUntil('the message is consumed', () => received.length === 1);
      } finally {
        await consumer.disconnect();
      }
      expect(received).toEqual([`over TLS with ${mechanism}`]);
    },
    60_000,
  );

  it('refuses a wrong password', async () => {
    const kafka = clientFor({
      KAFKA_SSL_CA_FILE: certificates.caFile,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'cases',
      KAFKA_SASL_PASSWORD: 'notThePassword',
    });
    const admin = kafka.admin();
    await expect(admin.connect()).rejects.toThrow(
      /SASL SCRAM SHA256 authentication failed|Authentication failed/i,
    );
    await admin.disconnect();
  }, 60_000);

  it('refuses a client that does not trust the broker certificate', async () => {
    const kafka = clientFor({
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'cases',
      KAFKA_SASL_PASSWORD: 'casesSecret256',
    });
    const admin = kafka.admin();
    await expect(admin.connect()).rejects.toThrow(/certificate/i);
    await admin.disconnect();
  }, 60_000);
});
