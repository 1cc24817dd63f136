export { createKafka, type KafkaClientOptions } from './kafka';
export { kafkaLogCreator, silentLogger, type Logger } from './logger';
export { noMetrics, type ConsumerLabels, type DeadLetterKind, type MessagingMetrics } from './metrics';
export { backoffDelay, DEFAULT_RETRY_POLICY, retryPolicy, type RetryPolicy } from './retry-policy';
export {
  deadLetterHeaders,
  deadLetterReason,
  DLQ_HEADERS,
  MAX_REASON_LENGTH,
  type DeadLetter,
} from './dead-letter';
export { decodeEvent, encodeEvent, headerStrings, type DecodedEvent } from './event-codec';
export { EventPublisher, type EventPublisherOptions, type PublishOptions } from './event-publisher';
export {
  EventConsumer,
  nextOffset,
  runConsumer,
  type EventConsumerOptions,
  type EventHandler,
  type HandlerContext,
  type MessageContext,
} from './event-consumer';
export {
  InMemoryProcessedEventStore,
  type ProcessedEventStore,
  type ProcessOutcome,
} from './processed-event-store';
export {
  PostgresProcessedEventStore,
  type PostgresTransaction,
} from './postgres/postgres-processed-event-store';
export {
  PROCESSED_EVENTS_MIGRATION_TIMESTAMP,
  PROCESSED_EVENTS_TABLE,
  processedEventsDdl,
  processedEventsMigration,
  type MigrationClass,
} from './postgres/processed-events-migration';
export {
  notifyOnInsertDdl,
  WakeableLoop,
  type WakeableLoopOptions,
  type WakeUpChannel,
} from './postgres/wakeable-loop';
export { notifyOnInsertMigration, type NotifyOnInsert } from './postgres/notify-migration';
