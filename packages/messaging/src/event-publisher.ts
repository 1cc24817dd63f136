import { assertEvent, type AnyTopicContract, type EventInputOf, type EventOf } from '@qorgau/contracts';
import { SpanKind, traceHeaders, withSpan } from '@qorgau/tracing';
import { Partitioners, type Kafka, type Producer, type ProducerConfig } from 'kafkajs';
import { encodeEvent } from './event-codec';
import { silentLogger, type Logger } from './logger';
import { noMetrics, type MessagingMetrics } from './metrics';

export interface EventPublisherOptions {
  readonly kafka: Kafka;
  readonly logger?: Logger;
  readonly metrics?: MessagingMetrics;
  /** kafkajs producer tuning; idempotence is not negotiable. */
  readonly producerConfig?: Omit<ProducerConfig, 'idempotent' | 'maxInFlightRequests'>;
}

export interface PublishOptions {
  /** Correlates the event with the request that caused it (`x-request-id`). */
  readonly requestId?: string;
}

/**
 * Publishes envelopes to their topic, keyed by subject (the aggregate id) so one aggregate's events stay
 * ordered. Every event is checked against the topic's contract first: an invalid one throws
 * InvalidEventError and nothing is sent. What goes out is what the contract parsed, so fields the schema
 * does not know never leave the service.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private readonly logger: Logger;
  private readonly metrics: MessagingMetrics;

  constructor(options: EventPublisherOptions) {
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.metrics ?? noMetrics;
    this.producer = options.kafka.producer({
      // The Java client's partitioner: a key lands on the same partition whichever client produced it.
      createPartitioner: Partitioners.DefaultPartitioner,
      ...options.producerConfig,
      // Broker-side de-duplication of producer retries, and no reordering between them.
      idempotent: true,
      maxInFlightRequests: 1,
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async publish<C extends AnyTopicContract>(
    contract: C,
    event: EventInputOf<C>,
    options: PublishOptions = {},
  ): Promise<EventOf<C>> {
    const [published] = await this.publishAll(contract, [event], options);
    return published as EventOf<C>;
  }

  /** All or nothing at validation: one invalid event and none is sent. One request, in order. */
  async publishAll<C extends AnyTopicContract>(
    contract: C,
    events: readonly EventInputOf<C>[],
    options: PublishOptions = {},
  ): Promise<EventOf<C>[]> {
    const checked = events.map((event) => assertEvent(contract, event));
    if (checked.length === 0) return [];
    // One producer span for the request; its context travels in every message's headers (W3C traceparent).
    await withSpan(
      `send ${contract.name}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'send',
          'messaging.destination.name': contract.name,
          'messaging.batch.message_count': checked.length,
        },
      },
      async () => {
        const trace = traceHeaders();
        await this.producer.send({
          topic: contract.name,
          acks: -1,
          messages: checked.map((event) => {
            const message = encodeEvent(event, options.requestId);
            return { ...message, headers: { ...message.headers, ...trace } };
          }),
        });
      },
    );
    for (const event of checked) {
      this.metrics.published?.({ topic: contract.name, type: event.type });
      this.logger.debug?.(
        { topic: contract.name, type: event.type, eventId: event.eventId },
        'event published',
      );
    }
    return checked;
  }
}
