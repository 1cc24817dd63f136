import { type OutboxLag, type OutboxMessage, type OutboxRepository } from '@qorgau/cases-persistence';
import { WakeableLoop, type WakeUpChannel } from '@qorgau/messaging';
import { SpanKind, startSpanFromHeaders } from '@qorgau/tracing';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';

export interface OutboxRelayOptions {
  readonly kafka: Kafka;
  readonly outbox: OutboxRepository;
  /** Where each stored topic is published; tests relay to their own topics. Unlisted topics go as stored. */
  readonly topics?: Readonly<Record<string, string>>;
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onError?: (error: unknown) => void;
  /** Failed publish attempts after which a message counts as stuck (default 5). */
  readonly stuckAttempts?: number;
  /** Called after every round with the lag (unpublished rows, age of the oldest, stuck ones). */
  readonly onLag?: (lag: OutboxLag) => void;
  readonly onPublished?: (count: number) => void;
  /** LISTEN here for inserts committed by other processes (the worker); without it, only polling and nudges. */
  readonly listen?: WakeUpChannel;
}

/**
 * Publishes `cases.outbox` in id order, at least once: a batch is claimed (FOR UPDATE SKIP LOCKED), sent with
 * the idempotent producer (one request, in order, keyed by case id) and marked published in the same
 * transaction. A crash between send and commit leaves the rows unpublished, so the next relay sends them
 * again with the same eventId, which consumers deduplicate. Wakes on NOTIFY from the outbox's insert trigger
 * and on `nudge()`, and still polls as a safety net.
 */
export class OutboxRelayLoop {
  private readonly producer: Producer;
  private loop: WakeableLoop | undefined;
  private started = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.producer = options.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      // Broker-side de-duplication of producer retries, and no reordering between them.
      idempotent: true,
      maxInFlightRequests: 1,
    });
  }

  async start(pollMs: number): Promise<void> {
    await this.producer.connect();
    this.started = true;
    this.loop = new WakeableLoop({
      run: () => this.drain(),
      pollMs,
      listen: this.options.listen,
      onError: (error) => this.options.onError?.(error),
    });
    await this.loop.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.loop?.stop();
    await this.producer.disconnect();
  }

  nudge(): void {
    this.loop?.nudge();
  }

  /** Relays batches until the outbox is empty; returns how many messages were published. */
  async drain(): Promise<number> {
    const now = this.options.now ?? (() => new Date());
    let total = 0;
    try {
      for (;;) {
        const sent = await this.options.outbox.relayBatch(
          this.options.batchSize ?? 100,
          (batch) => this.publish(batch),
          now,
        );
        total += sent;
        if (sent > 0) this.options.onPublished?.(sent);
        if (sent === 0 || !this.started) return total;
      }
    } finally {
      if (this.options.onLag) this.options.onLag(await this.lag());
    }
  }

  /** The outbox's lag now, with stuck messages counted against this relay's threshold. */
  lag(): Promise<OutboxLag> {
    return this.options.outbox.lag((this.options.now ?? (() => new Date()))(), this.options.stuckAttempts);
  }

  /**
   * Consecutive messages of one topic go in one request; the order of the batch is kept. Each message gets a
   * producer span continuing the trace stored with its row (the activity that wrote it), and that span's
   * context replaces the stored one in the Kafka headers.
   */
  private async publish(batch: readonly OutboxMessage[]): Promise<void> {
    for (const run of topicRuns(batch)) {
      const topic = this.options.topics?.[run.topic] ?? run.topic;
      const spans = run.messages.map((message) =>
        startSpanFromHeaders(`send ${topic}`, message.headers, {
          kind: SpanKind.PRODUCER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.operation.type': 'send',
            'messaging.destination.name': topic,
            'messaging.message.id': message.eventId,
          },
        }),
      );
      try {
        await this.producer.send({
          topic,
          acks: -1,
          messages: run.messages.map((message, i) => ({
            key: message.messageKey,
            value: JSON.stringify(message.envelope),
            headers: { ...message.headers, ...spans[i]!.headers },
          })),
        });
      } catch (error) {
        spans.forEach((span) => span.end(error));
        throw error;
      }
      spans.forEach((span) => span.end());
    }
  }
}

/** Splits a batch into runs of the same topic, in order. */
export function topicRuns(batch: readonly OutboxMessage[]): { topic: string; messages: OutboxMessage[] }[] {
  const runs: { topic: string; messages: OutboxMessage[] }[] = [];
  for (const message of batch) {
    const last = runs[runs.length - 1];
    if (last?.topic === message.topic) last.messages.push(message);
    else runs.push({ topic: message.topic, messages: [message] });
  }
  return runs;
}
