/**
 * Hook points for metrics, so a service can count with prom-client (or anything) without this package
 * depending on it. Every hook is optional; labels stay low-cardinality (no event ids).
 */
export interface MessagingMetrics {
  published?(labels: { topic: string; type: string }): void;
  processed?(labels: ConsumerLabels & { type: string }): void;
  duplicate?(labels: ConsumerLabels & { type: string }): void;
  retried?(labels: ConsumerLabels & { type: string; attempt: number }): void;
  deadLettered?(labels: ConsumerLabels & { reason: DeadLetterKind }): void;
  /** Messages behind the partition's high watermark after each fetched batch. */
  consumerLag?(labels: ConsumerLabels & { partition: number }, lag: number): void;
}

export interface ConsumerLabels {
  consumer: string;
  topic: string;
}

export type DeadLetterKind = 'malformed' | 'invalid-envelope' | 'handler-failed';

export const noMetrics: MessagingMetrics = {};
