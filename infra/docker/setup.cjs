// The compose profile `system`'s one-shot setup, run in the wellbeing-service image (target `setup` of
// app.Dockerfile: pg, kafkajs, @qorgau/contracts and wellbeing's provision-db are there), doing what the local
// run (`bash scripts/run.sh`) does before the apps start: one database per service, wellbeing's own role, the
// contracts' topics and their dead-letter topics (the services create none). Idempotent: a second run changes
// nothing.
//   DATABASE_ADMIN_URL     an admin URL of the server (any database; the others are derived from it)
//   KAFKA_BROKERS          host:port[,host:port]
//   WELLBEING_DB_ROLE, WELLBEING_DB_PASSWORD   passed on to provision-db
//   KAFKA_TOPIC_PARTITIONS default 3
'use strict';
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { TOPICS } = require('@qorgau/contracts');
const { Kafka, logLevel } = require('kafkajs');
const { Client } = require('pg');

const DATABASES = ['cases', 'notifications', 'wellbeing'];

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function databaseUrl(adminUrl, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The infrastructure is healthy before this runs; retries cover a broker still electing its leaders. */
async function retry(what, attempt) {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i === 30) throw error;
      console.log(`setup: ${what} not ready (${error instanceof Error ? error.message : error}), retrying`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

async function createDatabases(adminUrl) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of DATABASES) {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) continue;
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      console.log(`setup: database ${name} created`);
    }
  } finally {
    await client.end();
  }
}

async function createTopics(brokers, numPartitions) {
  const admin = new Kafka({ clientId: 'qorgau-setup', brokers, logLevel: logLevel.WARN }).admin();
  await admin.connect();
  try {
    const wanted = Object.values(TOPICS).flatMap((topic) => [topic, `${topic}.dlq`]);
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions })),
      });
    }
    console.log(`setup: topics ${wanted.join(', ')} (${missing.length} created)`);
  } finally {
    await admin.disconnect();
  }
}

async function main() {
  const adminUrl = required('DATABASE_ADMIN_URL');
  const brokers = required('KAFKA_BROKERS')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  const partitions = Number(process.env.KAFKA_TOPIC_PARTITIONS ?? 3);

  await retry('PostgreSQL', () => createDatabases(adminUrl));
  // provision-db (apps/wellbeing-service): the role that owns schema `wellbeing` and nothing else.
  const provisioned = await promisify(execFile)(process.execPath, ['dist/db/provision-cli.js'], {
    env: { ...process.env, DATABASE_ADMIN_URL: databaseUrl(adminUrl, 'wellbeing') },
  });
  process.stdout.write(`setup: ${provisioned.stdout}`);
  await retry('Kafka', () => createTopics(brokers, partitions));
  console.log('setup: done');
}

main().catch((error) => {
  console.error(`setup: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
});
