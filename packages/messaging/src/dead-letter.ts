import { type DeadLetterKind } from './metrics';

export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  attempts: 'x-dlq-attempts',
  /** Several groups may consume a topic; this says which one gave up. */
  consumer: 'x-dlq-consumer',
} as const;

/** Kafka headers are small; a stack-trace-sized reason is cut. */
export const MAX_REASON_LENGTH = 1000;

export interface DeadLetter {
  readonly kind: DeadLetterKind;
  readonly detail: string;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** Handler attempts made: 0 for a message that never reached the handler. */
  readonly attempts: number;
}

export function deadLetterReason(kind: DeadLetterKind, detail: string): string {
  const reason = `${kind}: ${detail.replace(/\s+/g, ' ').trim()}`;
  return reason.length <= MAX_REASON_LENGTH ? reason : `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
}

export function deadLetterHeaders(letter: DeadLetter): Record<string, string> {
  return {
    [DLQ_HEADERS.reason]: deadLetterReason(letter.kind, letter.detail),
    [DLQ_HEADERS.originalTopic]: letter.topic,
    [DLQ_HEADERS.originalPartition]: String(letter.partition),
    [DLQ_HEADERS.originalOffset]: letter.offset,
    [DLQ_HEADERS.attempts]: String(letter.attempts),
    [DLQ_HEADERS.consumer]: letter.consumer,
  };
}
