import { deadLetterHeaders, deadLetterReason, DLQ_HEADERS, MAX_REASON_LENGTH } from './dead-letter';

describe('dead-letter headers', () => {
  it('say why, from where and after how many attempts', () => {
    expect(
      deadLetterHeaders({
        kind: 'handler-failed',
        detail: 'Error: inbox unavailable',
        consumer: 'notifications-service',
        topic: 'support.follow-ups.v1',
        partition: 2,
        offset: '9007199254740993',
        attempts: 5,
      }),
    ).toEqual({
      'x-dlq-reason': 'handler-failed: Error: inbox unavailable',
      'x-dlq-original-topic': 'support.follow-ups.v1',
      'x-dlq-original-partition': '2',
      'x-dlq-original-offset': '9007199254740993',
      'x-dlq-attempts': '5',
      'x-dlq-consumer': 'notifications-service',
    });
    expect(DLQ_HEADERS.reason).toBe('x-dlq-reason');
  });

  it('keep the reason on one line and bounded', () => {
    expect(deadLetterReason('malformed', 'not JSON\n  (Unexpected token)')).toBe(
      'malformed: not JSON (Unexpected token)',
    );
    const long = deadLetterReason('handler-failed', 'x'.repeat(5000));
    expect(long).toHaveLength(MAX_REASON_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
