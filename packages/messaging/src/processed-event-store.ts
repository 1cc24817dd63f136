export type ProcessOutcome = 'processed' | 'duplicate';

/**
 * Port for consumer idempotency. `processOnce` runs `work` and records (consumer, eventId) as processed as
 * ONE unit: either both the handler's effects and the record are stored, or neither is. An event already
 * recorded is not run again. `TTx` is what the handler gets to write with (a transaction's EntityManager).
 */
export interface ProcessedEventStore<TTx extends object = object> {
  processOnce(consumer: string, eventId: string, work: (tx: TTx) => Promise<void>): Promise<ProcessOutcome>;
}

/**
 * For unit tests of handlers and services. Not transactional and not shared between processes: production
 * uses PostgresProcessedEventStore.
 */
export class InMemoryProcessedEventStore implements ProcessedEventStore<object> {
  private readonly processed = new Set<string>();

  async processOnce(
    consumer: string,
    eventId: string,
    work: (tx: object) => Promise<void>,
  ): Promise<ProcessOutcome> {
    const key = `${consumer}\u0000${eventId}`;
    if (this.processed.has(key)) return 'duplicate';
    await work({});
    this.processed.add(key);
    return 'processed';
  }
}
