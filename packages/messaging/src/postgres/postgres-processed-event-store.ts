import { type DataSource, type EntityManager } from 'typeorm';
import { type ProcessedEventStore, type ProcessOutcome } from '../processed-event-store';
import { PROCESSED_EVENTS_TABLE } from './processed-events-migration';
import { quoteIdentifier } from './sql-identifier';

/** What a handler writes with: the transaction that also records the event as processed. */
export interface PostgresTransaction {
  readonly manager: EntityManager;
}

/**
 * Records processed events in `<schema>.processed_events`, in the same transaction as the handler's writes.
 *
 * The record is inserted FIRST (`ON CONFLICT DO NOTHING`): if a row comes back the event is new and the
 * handler runs; if not, it was processed before. Inserting first also serialises a concurrent redelivery
 * (another instance after a rebalance): its insert waits on this transaction's row lock and then sees the
 * conflict, or, if this transaction rolled back, proceeds. A failing handler rolls the record back with
 * its effects, so the retry runs it again.
 */
export class PostgresProcessedEventStore implements ProcessedEventStore<PostgresTransaction> {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    options: { schema: string },
  ) {
    this.table = `${quoteIdentifier(options.schema)}.${PROCESSED_EVENTS_TABLE}`;
  }

  processOnce(
    consumer: string,
    eventId: string,
    work: (tx: PostgresTransaction) => Promise<void>,
  ): Promise<ProcessOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO ${this.table} (consumer, event_id) VALUES ($1, $2)
         ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
        [consumer, eventId],
      )) as unknown[];
      if (inserted.length === 0) return 'duplicate';
      await work({ manager });
      return 'processed';
    });
  }

  async isProcessed(consumer: string, eventId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM ${this.table} WHERE consumer = $1 AND event_id = $2`,
      [consumer, eventId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Retention: forget records older than `cutoff` (the caller's clock; keep longer than topic retention). */
  async forgetProcessedBefore(cutoff: Date): Promise<number> {
    const [, affected] = (await this.dataSource.query(`DELETE FROM ${this.table} WHERE processed_at < $1`, [
      cutoff,
    ])) as [unknown, number];
    return affected;
  }
}
