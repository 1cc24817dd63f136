// What reached Kafka, read as any other consumer would: a kafkajs consumer in a group of its own, on the contracts'
// topics from the beginning. Every message is kept with its envelope and checked against its topic's contract; a
// test asks for one case's events (`events`, `types`) or waits for one (`seen`).
import { contractFor, parseEvent, TOPICS, type EventEnvelope, type TopicName } from '@qorgau/contracts';
import { eventually } from '@qorgau/local-system';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

export const OBSERVED_TOPICS: readonly TopicName[] = [
  TOPICS.caseEvents,
  TOPICS.supportFollowUps,
  TOPICS.wellbeingConcerns,
];

export interface Observed {
  readonly topic: TopicName;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly envelope: EventEnvelope<string, Record<string, unknown>>;
  /** The message as it travelled, for "this text never left the service" checks. */
  readonly raw: string;
  /** Contract violations of this message (empty when it parses against its topic's contract). */
  readonly issues: readonly string[];
}

/** The case a message belongs to: case events and concerns by `data.caseId`, follow-ups by their plan's case. */
export const caseOf = (o: Observed): string | null => {
  const caseId = o.envelope.data?.caseId;
  return typeof caseId === 'string' ? caseId : null;
};

export class KafkaObserver {
  private readonly received: Observed[] = [];

  private constructor(private readonly consumer: Consumer) {}

  /** Joins a fresh group (so it reads every topic from its first offset) and resolves once it has partitions. */
  static async start(brokers: string, groupId: string): Promise<KafkaObserver> {
    const kafka = new Kafka({
      clientId: groupId,
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    const observer = new KafkaObserver(consumer);
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...OBSERVED_TOPICS], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => observer.keep(topic, partition, message),
    });
    await eventually('the Kafka observer joins its group', async () => (joined ? true : undefined), {
      timeoutMs: 60_000,
    });
    return observer;
  }

  private keep(
    topic: string,
    partition: number,
    message: { key: Buffer | null; value: Buffer | null; offset: string; headers?: Record<string, unknown> },
  ): void {
    const raw = message.value?.toString('utf8') ?? '';
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const parsed = parseEvent(contractFor(topic as TopicName), body);
    const envelope = (parsed.ok ? parsed.event : body) as Observed['envelope'] | undefined;
    if (!envelope || typeof envelope !== 'object') return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers ?? {})) {
      if (value === undefined) continue;
      headers[name] = Buffer.isBuffer(value)
        ? value.toString('utf8')
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
    }
    this.received.push({
      topic: topic as TopicName,
      partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? null,
      headers,
      envelope,
      raw,
      issues: parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`),
    });
  }

  /** Everything received so far, in arrival order. */
  all(): readonly Observed[] {
    return [...this.received];
  }

  /** One case's messages on one topic (or all three), in arrival order (per key that is the produced order). */
  events(caseId: string, topic?: TopicName): Observed[] {
    return this.received.filter((o) => caseOf(o) === caseId && (topic === undefined || o.topic === topic));
  }

  /** The event types of one case on one topic (case events by default), in order. */
  types(caseId: string, topic: TopicName = TOPICS.caseEvents): string[] {
    return this.events(caseId, topic).map((o) => o.envelope.type);
  }

  /** Waits until a message of `type` for the case has arrived (and matches `where`), and returns it. */
  seen(
    caseId: string,
    type: string,
    { where = () => true, timeoutMs = 30_000 }: { where?: (o: Observed) => boolean; timeoutMs?: number } = {},
  ): Promise<Observed> {
    return eventually(
      `${type} for case ${caseId} on Kafka`,
      async () => this.events(caseId).find((o) => o.envelope.type === type && where(o)),
      { timeoutMs, intervalMs: 100 },
    );
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
