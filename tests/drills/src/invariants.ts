// What must hold after a drill, each a named check that says what it found lost or doubled. Read from the
// services' own databases, the Temporal server, Kafka and the SMTP capture: the drill owns this whole system.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '@qorgau/contracts';
import { QorgauHttp, type RunningSystem } from '@qorgau/local-system';
import { cacheDir } from '@qorgau/devstack';
import { Connection, WorkflowClient } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

export interface InvariantResult {
  readonly name: string;
  readonly ok: boolean;
  /** One line: what was counted. */
  readonly detail: string;
  /** What is missing, doubled or wrong (ids), at most a few dozen. */
  readonly lost: readonly string[];
}

/** A malformed message the drill produced on purpose: its DLQ entries are expected. */
export interface Injected {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface InvariantContext {
  readonly system: RunningSystem;
  readonly injected: readonly Injected[];
  /** Consumer groups of the case-events topic: each dead-letters every injected message. */
  readonly caseEventConsumers: readonly string[];
  /** How often notifications-service was killed: each kill may re-send the one e-mail it had in flight. */
  readonly notificationsKills: number;
}

type Check = (context: InvariantContext) => Promise<InvariantResult>;

const result = (name: string, lost: string[], detail: string): InvariantResult => ({
  name,
  ok: lost.length === 0,
  detail,
  lost: lost.slice(0, 40),
});

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** JSON with object keys sorted: jsonb does not keep the workflow's key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every case's stored projection (cases."case") equals what its workflow answers to the `state` query. On
 * compressed time a case's timers keep firing, so a case caught between its workflow's transition and the
 * activity that stores it is read again (up to 10 times, a second apart): only a difference that stays counts.
 */
export const projectionEqualsWorkflow: Check = async ({ system }) => {
  const ids = await query<{ id: string }>(system.databases.cases, 'SELECT id FROM cases."case" ORDER BY id');
  const connection = await Connection.connect({ address: system.temporal.address });
  const lost: string[] = [];
  try {
    const client = new WorkflowClient({ connection, namespace: system.temporal.namespace });
    for (const { id } of ids) {
      let difference: string | undefined;
      for (let attempt = 0; attempt < 10; attempt++) {
        try {
          const view = await client
            .getHandle(`case-${id}`)
            .query<{ version: number; state: unknown }>('state');
          const [row] = await query<{ version: number; state: unknown }>(
            system.databases.cases,
            'SELECT version, state FROM cases."case" WHERE id = $1',
            [id],
          );
          if (!row) difference = `${id}: no stored row`;
          else if (view.version !== row.version)
            difference = `${id}: stored v${row.version}, workflow v${view.version}`;
          else if (canonical(view.state) !== canonical(row.state))
            difference = `${id}: state differs at v${row.version}`;
          else difference = undefined;
        } catch (error) {
          difference = `${id}: workflow not queryable (${error instanceof Error ? error.message : String(error)})`;
        }
        if (!difference) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      if (difference?.includes('not queryable')) difference += `; ${await keepHistory(client, id)}`;
      if (difference) lost.push(difference);
    }
  } finally {
    await connection.close();
  }
  return result('projection equals workflow state', lost, `${ids.length} cases compared`);
};

/** Saves a stuck case's history (e.g. a nondeterminism error) for replay: the drill deletes its Temporal state. */
async function keepHistory(client: WorkflowClient, id: string): Promise<string> {
  try {
    const history = await client.getHandle(`case-${id}`).fetchHistory();
    const file = join(cacheDir('bench', 'drill-histories'), `case-${id}.json`);
    writeFileSync(file, historyToJSON(history));
    return `history in ${file}`;
  } catch (error) {
    return `history not fetched (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Nothing left unpublished in either outbox (cases-service's events, wellbeing-service's signals). */
export const outboxPublished: Check = async ({ system }) => {
  const cases = await query<{ event_id: string }>(
    system.databases.cases,
    'SELECT event_id FROM cases.outbox WHERE published_at IS NULL',
  );
  const wellbeing = await query<{ id: string }>(
    system.databases.wellbeing,
    'SELECT id FROM wellbeing.outbox WHERE published_at IS NULL',
  );
  const [counted] = await query<{ count: string }>(
    system.databases.cases,
    'SELECT count(*) FROM cases.outbox',
  );
  const total = counted?.count ?? '?';
  return result(
    'every outbox row published',
    [...cases.map((r) => `cases.outbox ${r.event_id}`), ...wellbeing.map((r) => `wellbeing.outbox ${r.id}`)],
    `${total} case events, ${cases.length + wellbeing.length} unpublished`,
  );
};

/** Each consumer recorded every event of its topics as processed (it saw it at least once and acted in that transaction). */
export const consumersSawEveryEvent: Check = async ({ system }) => {
  const { databases } = system;
  const processed = async (url: string, schema: string) =>
    new Set(
      (await query<{ event_id: string }>(url, `SELECT event_id FROM ${schema}.processed_events`)).map(
        (r) => r.event_id,
      ),
    );
  const seenBy = {
    notifications: await processed(databases.notifications, 'notifications'),
    wellbeing: await processed(databases.wellbeing, 'wellbeing'),
    cases: await processed(databases.cases, 'cases'),
  };
  const published = [
    ...(
      await query<{ event_id: string; topic: string }>(
        databases.cases,
        'SELECT event_id::text, topic FROM cases.outbox',
      )
    ).map((r) => ({ id: r.event_id, topic: r.topic })),
    ...(
      await query<{ event_id: string; topic: string }>(
        databases.wellbeing,
        `SELECT envelope->>'eventId' AS event_id, topic FROM wellbeing.outbox`,
      )
    ).map((r) => ({ id: r.event_id, topic: r.topic })),
  ];
  const consumersOf: Record<string, (keyof typeof seenBy)[]> = {
    [TOPICS.caseEvents]: ['notifications', 'wellbeing'],
    [TOPICS.supportFollowUps]: ['notifications', 'wellbeing'],
    [TOPICS.wellbeingConcerns]: ['notifications'],
    [TOPICS.wellbeingCheckIns]: ['cases'],
  };
  const lost: string[] = [];
  for (const event of published) {
    for (const consumer of consumersOf[event.topic] ?? []) {
      if (!seenBy[consumer].has(event.id))
        lost.push(`${event.topic} ${event.id} not processed by ${consumer}`);
    }
  }
  return result('every event consumed', lost, `${published.length} events published by the outboxes`);
};

/** Exactly one inbox item per recipient per event and template (the table's constraint, checked anyway). */
export const inboxOnce: Check = async ({ system }) => {
  const doubled = await query<{ event_id: string; recipient_ref: string; template: string; n: string }>(
    system.databases.notifications,
    `SELECT n.event_id, d.recipient_ref, n.template, count(*) AS n
       FROM notifications.deliveries d JOIN notifications.notifications n ON n.id = d.notification_id
      WHERE d.channel = 'inbox' GROUP BY 1, 2, 3 HAVING count(*) <> 1`,
  );
  const [counted] = await query<{ count: string }>(
    system.databases.notifications,
    `SELECT count(*) FROM notifications.deliveries WHERE channel = 'inbox'`,
  );
  const count = counted?.count ?? '?';
  return result(
    'one inbox item per recipient per event',
    doubled.map((r) => `${r.event_id} ${r.recipient_ref} ${r.template}: ${r.n}`),
    `${count} inbox items`,
  );
};

/**
 * Every e-mail delivery sent, and captured once (its Message-ID / X-Qorgau-Delivery is the delivery id). A kill of
 * notifications-service between the SMTP server's acceptance and marking the delivery sent re-sends that one e-mail
 * after its lease (at-least-once, documented in its email-outbox): such a copy carries the same Message-ID, so a
 * recipient's mail system shows one message. Copies are shown; more copies than kills, a second delivery, a missing
 * or unsent one is a failure.
 */
export const emailOnce: Check = async ({ system, notificationsKills }) => {
  const deliveries = await query<{ id: string; status: string }>(
    system.databases.notifications,
    `SELECT id::text, status FROM notifications.deliveries WHERE channel = 'email'`,
  );
  const captured = new Map<string, number>();
  const file = system.smtp.captureFile;
  const text = file ? readFileSync(file, 'utf8') : '';
  for (const match of text.matchAll(/^X-Qorgau-Delivery:\s*(\S+)/gim)) {
    captured.set(match[1]!, (captured.get(match[1]!) ?? 0) + 1);
  }
  const lost: string[] = [];
  const resent: string[] = [];
  for (const delivery of deliveries) {
    const copies = captured.get(delivery.id) ?? 0;
    if (delivery.status !== 'sent') lost.push(`${delivery.id}: ${delivery.status}`);
    else if (copies === 0) lost.push(`${delivery.id}: never captured`);
    else if (copies > 1) resent.push(`${delivery.id} ×${copies}`);
  }
  const extra = resent.reduce((n, line) => n + Number(line.split('×')[1]) - 1, 0);
  if (extra > notificationsKills)
    lost.push(
      `${extra} re-sent copies for ${notificationsKills} notifications-service kills: ${resent.join(', ')}`,
    );
  const known = new Set(deliveries.map((d) => d.id));
  for (const id of captured.keys()) if (!known.has(id)) lost.push(`${id}: captured, no such delivery`);
  return result(
    'one e-mail per recipient per event',
    lost,
    `${deliveries.length} e-mail deliveries, ${[...captured.values()].reduce((a, b) => a + b, 0)} captured` +
      (resent.length ? `; re-sent after a kill (same Message-ID): ${resent.join(', ')}` : ''),
  );
};

/** Every support plan a case offered exists in wellbeing-service. */
export const supportPlansExist: Check = async ({ system }) => {
  const offered = await query<{ case_id: string; person_ref: string }>(
    system.databases.cases,
    `SELECT e.case_id, p->>'personRef' AS person_ref
       FROM cases.case_event e, jsonb_array_elements(e.data->'plans') p
      WHERE e.type = 'SupportPlansOffered'`,
  );
  const plans = new Set(
    (
      await query<{ case_id: string; person_ref: string }>(
        system.databases.wellbeing,
        'SELECT case_id, person_ref FROM wellbeing.support_plans',
      )
    ).map((p) => `${p.case_id} ${p.person_ref}`),
  );
  const lost = offered.map((o) => `${o.case_id} ${o.person_ref}`).filter((key) => !plans.has(key));
  return result('no support plan missing', lost, `${offered.length} plans offered`);
};

/** The dead-letter topics hold the injected malformed messages only, each dead-lettered by every case-events consumer (at least once). */
export const dlqOnlyInjected: Check = async ({ system, injected, caseEventConsumers }) => {
  const kafka = new Kafka({
    clientId: 'qorgau-drill-dlq',
    brokers: system.infrastructure.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const letters: { topic: string; headers: Record<string, string> }[] = [];
  try {
    const topics = (await admin.listTopics()).filter((t) => t.endsWith('.dlq'));
    let expected = 0;
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) expected += Number(p.high) - Number(p.low);
    }
    if (expected > 0) {
      const consumer = kafka.consumer({ groupId: `qorgau-drill-dlq-${Date.now().toString(36)}` });
      await consumer.connect();
      try {
        await consumer.subscribe({ topics, fromBeginning: true });
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 30_000);
          void consumer.run({
            eachMessage: async ({ topic, message }) => {
              const headers: Record<string, string> = {};
              for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
              letters.push({ topic, headers });
              if (letters.length >= expected) {
                clearTimeout(timer);
                resolve();
              }
            },
          });
        });
      } finally {
        await consumer.disconnect();
      }
    }
  } finally {
    await admin.disconnect();
  }
  const key = (topic: string, partition: string | number, offset: string) =>
    `${topic}/${partition}@${offset}`;
  const injectedKeys = new Set(injected.map((i) => key(i.topic, i.partition, i.offset)));
  const byInjected = new Map<string, string[]>();
  const lost: string[] = [];
  for (const letter of letters) {
    const h = letter.headers;
    const origin = key(
      h['x-dlq-original-topic']!,
      h['x-dlq-original-partition']!,
      h['x-dlq-original-offset']!,
    );
    if (!injectedKeys.has(origin))
      lost.push(`${letter.topic}: ${origin} (${h['x-dlq-reason'] ?? '?'}) not injected`);
    else byInjected.set(origin, [...(byInjected.get(origin) ?? []), h['x-dlq-consumer'] ?? '?']);
  }
  // The issue's rule: no DLQ entry except the injected ones. A consumer killed between writing a dead letter and
  // committing its offset writes it again on restart (the DLQ is at-least-once): such copies point at the same
  // injected message, are counted and shown, and are not a loss.
  const copies: string[] = [];
  for (const origin of injectedKeys) {
    const consumers = byInjected.get(origin) ?? [];
    for (const group of caseEventConsumers) {
      const n = consumers.filter((c) => c === group).length;
      if (n === 0) lost.push(`${origin}: never dead-lettered by ${group}`);
      if (n > 1) copies.push(`${origin} ×${n} by ${group}`);
    }
  }
  return result(
    'no DLQ entry but the injected',
    lost,
    `${letters.length} DLQ entries for ${injected.length} injected messages` +
      (copies.length ? `; written again after a kill: ${copies.join(', ')}` : ''),
  );
};

/** GET /audit/verify as the auditor: the hash chains are unbroken. */
export const auditChainVerifies: Check = async ({ system }) => {
  const auditor = system.seed.people['auditor-1'];
  if (!auditor) return result('audit chain verifies', ['no auditor-1 in the seed'], '');
  const { status, body } = await new QorgauHttp(system.urls)
    .as(auditor.token)
    .get<{ ok: boolean; entries?: number }>('cases', '/audit/verify', { allowError: true });
  return result(
    'audit chain verifies',
    status === 200 && body.ok ? [] : [`${status}: ${JSON.stringify(body).slice(0, 300)}`],
    `${body.entries ?? '?'} entries`,
  );
};

export const INVARIANTS: readonly Check[] = [
  projectionEqualsWorkflow,
  outboxPublished,
  consumersSawEveryEvent,
  inboxOnce,
  emailOnce,
  supportPlansExist,
  dlqOnlyInjected,
  auditChainVerifies,
];

/** Runs every check until all hold or `timeoutMs` passes (the system settles after the last kill); the last results. */
export async function checkInvariants(
  context: InvariantContext,
  { timeoutMs = 180_000, log }: { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<InvariantResult[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const results: InvariantResult[] = [];
    for (const check of INVARIANTS) {
      try {
        results.push(await check(context));
      } catch (error) {
        results.push(
          result(check.name, [`check failed: ${error instanceof Error ? error.message : String(error)}`], ''),
        );
      }
    }
    const failing = results.filter((r) => !r.ok);
    if (failing.length === 0 || Date.now() > deadline) return results;
    log?.(`not settled yet: ${failing.map((r) => `${r.name} (${r.lost.length})`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}
