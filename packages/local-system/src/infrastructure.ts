// What the apps need from the infrastructure before they start: one database per service, the wellbeing
// role, the contracts' topics with their dead-letter topics, and (without a mail server) an SMTP capture.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '@qorgau/contracts';
import { cacheDir } from '@qorgau/devstack';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

export const SERVICE_DATABASES = ['cases', 'notifications', 'wellbeing'] as const;
export type ServiceDatabase = (typeof SERVICE_DATABASES)[number];

export function databaseUrl(
  adminUrl: string,
  database: string,
  credentials?: { user: string; password: string },
): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (credentials) {
    url.username = credentials.user;
    url.password = credentials.password;
  }
  return url.toString();
}

/** One database per service (each owns its schema there), named `<prefix><service>`; idempotent. */
export async function createServiceDatabases(
  adminUrl: string,
  prefix = '',
): Promise<Record<ServiceDatabase, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls = {} as Record<ServiceDatabase, string>;
  try {
    for (const service of SERVICE_DATABASES) {
      const name = `${prefix}${service}`;
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
      urls[service] = databaseUrl(adminUrl, name);
    }
  } finally {
    await client.end();
  }
  return urls;
}

/** The contracts' topics and their dead-letter topics: the services create none (existing ones are kept). */
export async function createTopics(brokers: string): Promise<void> {
  const admin = new Kafka({
    clientId: 'qorgau-local-system',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = Object.values(TOPICS).flatMap((topic) => [topic, `${topic}.dlq`]);
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
    });
  } finally {
    await admin.disconnect();
  }
}

export interface SmtpCapture {
  readonly port: number;
  /** Every captured message, appended as it arrives. */
  readonly file: string;
  close(): Promise<void>;
}

/** Captures mail into a file under .cache/logs instead of sending it (the local run has no mail server). */
export function startSmtpCapture(host: string, port: number): Promise<SmtpCapture> {
  const file = join(cacheDir('logs'), `smtp-capture-${process.pid}-${Date.now().toString(36)}.log`);
  writeFileSync(file, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        appendFileSync(
          file,
          `=== ${new Date().toISOString()} from ${from} to ${to}\n${Buffer.concat(chunks).toString('utf8')}\n`,
        );
        callback();
      });
    },
  });
  return new Promise((resolveListen, reject) => {
    server.on('error', reject);
    server.listen(port, host, () =>
      resolveListen({
        port,
        file,
        close: () =>
          Promise.race([
            new Promise<void>((r) => server.close(() => r())),
            new Promise<void>((r) => setTimeout(r, 2000)),
          ]),
      }),
    );
  });
}
