import type { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage } from '../entities/outbox-message.entity';

/** The relay's view of the outbox. */
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `publish` on the oldest unpublished messages, locked so two relays never send the same batch
   * concurrently, and marks them published in the same transaction once `publish` resolved. If the process
   * dies before the commit, the rows stay unpublished and are sent again (at-least-once).
   */
  async relayBatch(
    limit: number,
    publish: (messages: OutboxMessage[]) => Promise<void>,
    now: () => Date,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('o.publishedAt IS NULL')
        .orderBy('o.id', 'ASC')
        .limit(limit)
        .getMany();
      if (batch.length === 0) return 0;
      try {
        await publish(batch);
      } catch (error) {
        await recordFailure(manager, batch, error);
        throw error;
      }
      await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder()
        .update()
        .set({ publishedAt: now(), attempts: () => 'attempts + 1', lastError: null })
        .whereInIds(batch.map((m) => m.id))
        .execute();
      return batch.length;
    });
  }

  /** Unpublished messages and the age of the oldest: the relay-lag metric. */
  async lag(now: Date): Promise<{ pending: number; oldestAgeSeconds: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending, min(created_at) AS oldest FROM cases.outbox WHERE published_at IS NULL`,
    )) as [{ pending: number; oldest: Date | null }];
    return {
      pending: row.pending,
      oldestAgeSeconds: row.oldest ? Math.max(0, (now.getTime() - new Date(row.oldest).getTime()) / 1000) : 0,
    };
  }
}

async function recordFailure(manager: EntityManager, batch: OutboxMessage[], error: unknown): Promise<void> {
  // The transaction is about to roll back, so the failure note goes through its own savepoint-free update
  // only when the transaction is still usable; losing the note is acceptable, losing the message is not.
  try {
    await manager
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', lastError: String(error).slice(0, 1000) })
      .whereInIds(batch.map((m) => m.id))
      .execute();
  } catch {
    /* the note is best effort */
  }
}

/** One message for the outbox that is not a domain event of a transition (workflow notices, support follow-ups). */
export interface OutboxEntry {
  readonly eventId: string;
  readonly topic: string;
  readonly messageKey: string;
  readonly envelope: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly createdAt: Date;
}

/**
 * Writes one outbox message, idempotently: a message whose eventId is already there is left alone (a retried
 * activity). Returns false for such a duplicate. Callers derive eventIds deterministically (uuid v5).
 */
export async function enqueueOutboxMessage(manager: EntityManager, entry: OutboxEntry): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxMessage)
    // jsonb columns: TypeORM's deep-partial type does not accept Record<string, unknown>.
    .values({ ...entry } as never)
    .orIgnore()
    .execute();
  // ON CONFLICT DO NOTHING ... RETURNING yields no row for a duplicate.
  return Array.isArray(result.raw) && result.raw.length > 0;
}
