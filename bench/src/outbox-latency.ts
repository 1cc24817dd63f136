// The outbox, measured two ways against what lies beneath it:
// 1. command → inbox: request explanations on prepared cases at an open-loop rate (default 10/s) and time each
//    until officer B's inbox shows its "explanation demanded" item (HTTP → workflow → outbox → relay → Kafka →
//    notifications-service → inbox), read by one poller every 20 ms (so each figure may be up to ~20 ms late);
// 2. relay throughput: N copies of a stored event inserted into cases.outbox in one statement and timed until the
//    running relay has published them all, against raw kafkajs producing the same N messages with the relay's
//    producer settings (idempotent, acks=all, one request in flight, batches of 100) to the same broker.
// Usage: pnpm --filter @qorgau/bench outbox [--rate 10] [--seconds 15] [--messages 2000]
import { kazakhstanDate, QorgauHttp, seedReport } from '@qorgau/local-system';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client as Pg } from 'pg';
import { percentile } from './load';
import { openLoopStep } from './open-loop';
import { report, round } from './report';
import { benchSystem } from './system';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface InboxItem {
  template: string;
  caseId: string | null;
}

async function main(): Promise<void> {
  const rate = arg('rate', 10);
  const seconds = arg('seconds', 15);
  const messages = arg('messages', 2000);
  const system = await benchSystem('outbox');
  const pg = new Pg({ connectionString: system.databases.cases });
  await pg.connect();
  try {
    const as = (person: string) => new QorgauHttp(system.urls).as(system.seed.people[person]!.token);
    const head = as('head-1');
    const officer = as('officer-b');
    const today = kazakhstanDate(Date.now());

    // 1. command → inbox
    const count = Math.round(rate * seconds);
    const caseIds: string[] = [];
    while (caseIds.length < count) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(4, count - caseIds.length) }, () =>
          head.post<{ caseId: string }>('cases', '/cases', seedReport(today, today)),
        ),
      );
      caseIds.push(...batch.map((r) => r.body.caseId));
    }
    console.log(`prepared ${count} cases`);
    const sentAt = new Map<string, number>();
    const seenAt = new Map<string, number>();
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const { body } = await officer.get<{ items: InboxItem[] }>('notifications', '/inbox?pageSize=100');
        const now = performance.now();
        for (const item of body.items) {
          if (item.template === 'explanation-demanded' && item.caseId && !seenAt.has(item.caseId)) {
            seenAt.set(item.caseId, now);
          }
        }
        await sleep(20);
      }
    })();
    let next = 0;
    const step = await openLoopStep(
      async () => {
        const caseId = caseIds[next++]!;
        sentAt.set(caseId, performance.now());
        await head.post('cases', `/cases/${caseId}/explanations/request`, {});
      },
      { rate, seconds },
    );
    const deadline = Date.now() + 120_000;
    while (seenAt.size < count && Date.now() < deadline) await sleep(100);
    polling = false;
    await poller;
    const latencies = caseIds
      .filter((id) => seenAt.has(id))
      .map((id) => seenAt.get(id)! - sentAt.get(id)!)
      .sort((a, b) => a - b);

    // 2. relay throughput against raw kafkajs
    const relay = await relayThroughput(pg, messages);
    const raw = await rawKafkajs(system.infrastructure.KAFKA_BROKERS!, relay.topic, relay.sample, messages);

    report(
      'outbox',
      [
        {
          what: `command → inbox at ${rate}/s`,
          count,
          seen: latencies.length,
          'p50 ms': round(percentile(latencies, 50)),
          'p99 ms': round(percentile(latencies, 99)),
          'command p50 ms': round(step.p50Ms),
        },
        { what: 'relay: outbox → Kafka', count: messages, 'msg/s': round(relay.perSecond) },
        { what: 'raw kafkajs (floor)', count: messages, 'msg/s': round(raw) },
      ],
      { rate, seconds, ratio: round(relay.perSecond / raw, 3), goal: 0.5, latencyGoalP99Ms: 300 },
    );
    console.log(
      `outbox: command → inbox p99 ${round(percentile(latencies, 99))} ms at ${rate}/s (goal ≤ 300 ms), ` +
        `${latencies.length}/${count} seen; relay ${round(relay.perSecond)} msg/s vs raw kafkajs ${round(raw)} msg/s = ` +
        `${((relay.perSecond / raw) * 100).toFixed(0)} % (goal ≥ 50 %)`,
    );
  } finally {
    await pg.end();
    await system.stop();
  }
  process.exit(0);
}

/** Inserts `n` copies of the newest stored event in one statement and waits until the relay published them. */
async function relayThroughput(pg: Pg, n: number) {
  const unpublished = async () =>
    Number((await pg.query(`SELECT count(*) AS c FROM cases.outbox WHERE published_at IS NULL`)).rows[0].c);
  while ((await unpublished()) > 0) await sleep(100);
  const { rows } = await pg.query<{
    id: string;
    topic: string;
    message_key: string;
    envelope: unknown;
    headers: Record<string, string>;
  }>(`SELECT id, topic, message_key, envelope, headers FROM cases.outbox ORDER BY id DESC LIMIT 1`);
  const sample = rows[0]!;
  const started = performance.now();
  await pg.query(
    `INSERT INTO cases.outbox (event_id, topic, message_key, envelope, headers, created_at)
     SELECT gen_random_uuid(), topic, message_key, envelope, headers, now()
     FROM cases.outbox, generate_series(1, $2) WHERE id = $1`,
    [sample.id, n],
  );
  while ((await unpublished()) > 0) await sleep(10);
  return { perSecond: n / ((performance.now() - started) / 1000), topic: sample.topic, sample };
}

/** The same messages through a producer with the relay's settings, 100 to a request, one request at a time. */
async function rawKafkajs(
  brokers: string,
  topic: string,
  sample: { message_key: string; envelope: unknown; headers: Record<string, string> },
  n: number,
): Promise<number> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const message = {
    key: sample.message_key,
    value: JSON.stringify(sample.envelope),
    headers: { ...sample.headers },
  };
  const started = performance.now();
  for (let sent = 0; sent < n; sent += 100) {
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: Math.min(100, n - sent) }, () => message),
    });
  }
  const perSecond = n / ((performance.now() - started) / 1000);
  await producer.disconnect();
  return perSecond;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
