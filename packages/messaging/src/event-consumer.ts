import { dlqTopicName, EVENT_HEADERS, type AnyTopicContract, type EventOf } from '@qorgau/contracts';
import { contextFromHeaders, SpanKind, withSpan } from '@qorgau/tracing';
import {
  type Consumer,
  type ConsumerConfig,
  type EachMessagePayload,
  type Kafka,
  type Producer,
} from 'kafkajs';
import { deadLetterHeaders, DLQ_HEADERS } from './dead-letter';
import { decodeEvent, errorMessage, headerStrings } from './event-codec';
import { silentLogger, type Logger } from './logger';
import { noMetrics, type DeadLetterKind, type MessagingMetrics } from './metrics';
import { type ProcessedEventStore, type ProcessOutcome } from './processed-event-store';
import { backoffDelay, retryPolicy, type RetryPolicy } from './retry-policy';
import { sleep } from './sleep';

/** Where the event came from, for logs, tracing and handlers that care. */
export interface MessageContext {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly requestId: string | undefined;
  /** 1 for the first delivery to the handler, then 2, 3, ... on retries. */
  readonly attempt: number;
}

/** The store's transaction (e.g. `{ manager }`) plus the message context. */
export type HandlerContext<TTx extends object> = TTx & MessageContext;

export type EventHandler<TEvent, TTx extends object> = (
  event: TEvent,
  context: HandlerContext<TTx>,
) => Promise<void>;

export interface EventConsumerOptions<TTx extends object> {
  readonly kafka: Kafka;
  readonly groupId: string;
  /** Key under which processed events are recorded; defaults to groupId. */
  readonly consumerName?: string;
  readonly store: ProcessedEventStore<TTx>;
  readonly retry?: Partial<RetryPolicy>;
  /**
   * Where a group with no committed offset starts. Default true: a new service sees every retained
   * event rather than silently missing those published before its first start.
   */
  readonly fromBeginning?: boolean;
  /** kafkajs consumer tuning (sessionTimeout, heartbeatInterval, rebalanceTimeout, maxWaitTimeInMs, ...). */
  readonly consumerConfig?: Omit<ConsumerConfig, 'groupId'>;
  /** Partitions handled in parallel; order is kept within each partition. Default 1. */
  readonly partitionsConsumedConcurrently?: number;
  readonly logger?: Logger;
  readonly metrics?: MessagingMetrics;
  /** Jitter source, injectable for tests. */
  readonly random?: () => number;
}

interface Subscription<TTx extends object> {
  readonly contract: AnyTopicContract;
  readonly handler: EventHandler<never, TTx>;
}

type Delivery = ProcessOutcome | 'dead-lettered' | 'interrupted';

/**
 * A consumer group over one or more topic contracts. Per message: parse at the edge (bad JSON or a schema
 * failure goes to `<topic>.dlq` at once: retrying cannot fix it), run the handler once per eventId through
 * the ProcessedEventStore, retry failures with exponential backoff, then dead-letter with the reason.
 * A bad message never stops the consumer.
 *
 * Offsets: `eachMessage` with `autoCommit: false` and an explicit commit of each message after its outcome
 * is durable (handler effects + processed record committed, or the message dead-lettered). One commit per
 * message costs a round trip, which domain-event volumes afford, and keeps the rule obvious: a committed
 * offset never runs ahead of stored effects. A crash in between redelivers the message, and the
 * processed-event record turns that redelivery into a no-op.
 */
export class EventConsumer<TTx extends object> {
  private readonly subscriptions = new Map<string, Subscription<TTx>>();
  private readonly name: string;
  private readonly retry: RetryPolicy;
  private readonly logger: Logger;
  private readonly metrics: MessagingMetrics;
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private consumer: Consumer | undefined;
  private deadLetters: Producer | undefined;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions<TTx>) {
    this.name = options.consumerName ?? options.groupId;
    this.retry = retryPolicy(options.retry);
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.metrics ?? noMetrics;
  }

  /** Handles `contract`'s topic with `handler`. Call before start(). */
  on<C extends AnyTopicContract>(contract: C, handler: EventHandler<EventOf<C>, TTx>): this {
    if (this.consumer) throw new Error('subscribe before start()');
    this.subscriptions.set(contract.name, { contract, handler: handler as EventHandler<never, TTx> });
    return this;
  }

  async start(): Promise<void> {
    if (this.consumer) throw new Error('consumer already started');
    if (this.subscriptions.size === 0) throw new Error('no topic to consume: call on() first');
    const { kafka, groupId, consumerConfig } = this.options;
    const consumer = kafka.consumer({ ...consumerConfig, groupId });
    const deadLetters = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      const labels = { consumer: this.name, topic: payload.topic, partition: payload.partition };
      this.metrics.consumerLag?.(labels, Math.max(0, Number(payload.offsetLag)));
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      const fields = { consumer: this.name, error: errorMessage(payload.error), restart: payload.restart };
      this.logger.error(fields, 'kafka consumer crashed');
    });
    await deadLetters.connect();
    await consumer.connect();
    await consumer.subscribe({
      topics: [...this.subscriptions.keys()],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachMessage: (payload) => this.track(this.handleMessage(payload)),
    });
    this.logger.info({ consumer: this.name, topics: [...this.subscriptions.keys()] }, 'consumer started');
  }

  /**
   * Graceful stop: messages being handled finish (effects, record and offset commit), pending backoff
   * waits are cut short (that message stays uncommitted and comes back after a restart), then disconnect.
   */
  async stop(): Promise<void> {
    if (!this.consumer || this.stopping) return;
    this.stopping = true;
    this.abort.abort();
    // Commits only go through while kafkajs is running, so wait before disconnecting.
    await Promise.allSettled([...this.inFlight]);
    await this.consumer.disconnect();
    await this.deadLetters?.disconnect();
    this.logger.info({ consumer: this.name }, 'consumer stopped');
  }

  private async track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async handleMessage(payload: EachMessagePayload): Promise<void> {
    // Left uncommitted: kafkajs forgets its in-memory position on disconnect, so it is redelivered.
    if (this.stopping) return;
    const subscription = this.subscriptions.get(payload.topic);
    if (!subscription) throw new Error(`no handler for topic ${payload.topic}`);
    // The trace the producer put in the headers goes on here: a consumer span, its handler's work inside it.
    const processed = await withSpan(
      `process ${payload.topic}`,
      {
        kind: SpanKind.CONSUMER,
        parent: contextFromHeaders(payload.message.headers),
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'process',
          'messaging.destination.name': payload.topic,
          'messaging.consumer.group.name': this.options.groupId,
          'messaging.kafka.offset': payload.message.offset,
        },
      },
      async () => {
        const decoded = decodeEvent(subscription.contract, payload.message.value);
        if (!decoded.ok) await this.deadLetter(payload, decoded.kind, decoded.detail, 0);
        else if ((await this.deliver(subscription, decoded.event, payload)) === 'interrupted') return false;
        return true;
      },
    );
    if (!processed) return;
    await this.consumer?.commitOffsets([
      { topic: payload.topic, partition: payload.partition, offset: nextOffset(payload.message.offset) },
    ]);
  }

  private async deliver(
    subscription: Subscription<TTx>,
    event: EventOf<AnyTopicContract>,
    payload: EachMessagePayload,
  ): Promise<Delivery> {
    const labels = { consumer: this.name, topic: payload.topic, type: event.type };
    const log = {
      ...labels,
      eventId: event.eventId,
      partition: payload.partition,
      offset: payload.message.offset,
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const context = this.messageContext(payload, attempt);
        const outcome = await this.options.store.processOnce(this.name, event.eventId, (tx) =>
          subscription.handler(event as never, { ...tx, ...context }),
        );
        if (outcome === 'duplicate') {
          this.metrics.duplicate?.(labels);
          this.logger.info(log, 'duplicate event skipped');
        } else {
          this.metrics.processed?.(labels);
          this.logger.debug?.(log, 'event processed');
        }
        return outcome;
      } catch (error) {
        if (attempt >= this.retry.attempts) {
          await this.deadLetter(payload, 'handler-failed', errorMessage(error), attempt);
          return 'dead-lettered';
        }
        const delayMs = backoffDelay(this.retry, attempt, this.options.random);
        this.metrics.retried?.({ ...labels, attempt });
        this.logger.warn(
          { ...log, attempt, delayMs, error: errorMessage(error) },
          'handler failed, will retry',
        );
        if (!(await this.backoff(delayMs, payload))) return 'interrupted';
      }
    }
  }

  /** Waits in heartbeat-sized steps so a long backoff does not cost the group membership. */
  private async backoff(delayMs: number, payload: EachMessagePayload): Promise<boolean> {
    const step = this.options.consumerConfig?.heartbeatInterval ?? 3000;
    for (let remaining = delayMs; remaining > 0; remaining -= step) {
      if (!(await sleep(Math.min(step, remaining), this.abort.signal))) return false;
      await payload.heartbeat();
    }
    return !this.stopping;
  }

  private async deadLetter(
    payload: EachMessagePayload,
    kind: DeadLetterKind,
    detail: string,
    attempts: number,
  ): Promise<void> {
    const { topic, partition, message } = payload;
    const headers = deadLetterHeaders({
      kind,
      detail,
      attempts,
      consumer: this.name,
      topic,
      partition,
      offset: message.offset,
    });
    // The original bytes, key and headers, so the message can be inspected and replayed as it was.
    await this.deadLetters?.send({
      topic: dlqTopicName(topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: { ...message.headers, ...headers } }],
    });
    this.metrics.deadLettered?.({ consumer: this.name, topic, reason: kind });
    const fields = { consumer: this.name, topic, partition, offset: message.offset, attempts };
    this.logger.error({ ...fields, reason: headers[DLQ_HEADERS.reason] }, 'message dead-lettered');
  }

  private messageContext(payload: EachMessagePayload, attempt: number): MessageContext {
    const headers = headerStrings(payload.message.headers);
    return {
      topic: payload.topic,
      partition: payload.partition,
      offset: payload.message.offset,
      key: payload.message.key?.toString() ?? null,
      headers,
      requestId: headers[EVENT_HEADERS.requestId],
      attempt,
    };
  }
}

/** Kafka commits the offset of the next message to read. */
export const nextOffset = (offset: string): string => (BigInt(offset) + 1n).toString();

/** One topic, one handler: builds, starts and returns the consumer (stop it with `stop()`). */
export async function runConsumer<C extends AnyTopicContract, TTx extends object>(
  options: EventConsumerOptions<TTx> & {
    readonly contract: C;
    readonly handler: EventHandler<EventOf<C>, TTx>;
  },
): Promise<EventConsumer<TTx>> {
  const { contract, handler, ...rest } = options;
  const consumer = new EventConsumer<TTx>(rest).on(contract, handler);
  await consumer.start();
  return consumer;
}
