import type { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage } from '../entities/outbox-message.entity';

/** What the relay-lag metrics and the outbox readiness check read. */
export interface OutboxLag {
  /** Unpublished messages. */
  readonly pending: number;
  /** Age of the oldest unpublished message (0 when none). */
  readonly oldestAgeSeconds: number;
  /** Unpublished messages whose publishing failed at least `stuckAttempts` times. */
  readonly stuck: number;
  /** The last error of the oldest stuck message, for the readiness detail and logs. */
  readonly stuckError: string | null;
}

/** How a relay round ended: sent, or failed with the batch it could not publish. */
interface RelayRound {
  readonly sent: number;
  readonly failed?: { readonly ids: readonly string[]; readonly error: unknown };
}

/** The relay's view of the outbox. */
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `publish` on the oldest unpublished messages, locked so two relays never send the same batch
   * concurrently, and marks them published in the same transaction once `publish` resolved. If the process
   * dies before the commit, the rows stay unpublished and are sent again (at-least-once). If `publish` fails,
   * the transaction rolls back and the failure (attempts + 1, last error) is then written on its own, so it
   * survives the rollback; the error is rethrown.
   */
  async relayBatch(
    limit: number,
    publish: (messages: OutboxMessage[]) => Promise<void>,
    now: () => Date,
  ): Promise<number> {
    const round = await this.dataSource.transaction(async (manager): Promise<RelayRound> => {
      const batch = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('o.publishedAt IS NULL')
        .orderBy('o.id', 'ASC')
        .limit(limit)
        .getMany();
      if (batch.length === 0) return { sent: 0 };
      try {
        await publish(batch);
      } catch (error) {
        // Nothing of this transaction is worth keeping: end it, then note the failure outside it.
        return { sent: 0, failed: { ids: batch.map((m) => m.id), error } };
      }
      await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder()
        .update()
        .set({ publishedAt: now(), attempts: () => 'attempts + 1', lastError: null })
        .whereInIds(batch.map((m) => m.id))
        .execute();
      return { sent: batch.length };
    });
    if (round.failed) {
      await this.recordFailure(round.failed.ids, round.failed.error);
      throw round.failed.error;
    }
    return round.sent;
  }

  /** Unpublished messages, the age of the oldest and the stuck ones: the relay-lag metrics and readiness. */
  async lag(now: Date, stuckAttempts = 5): Promise<OutboxLag> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending, min(created_at) AS oldest,
              (count(*) FILTER (WHERE attempts >= $1))::int AS stuck,
              (array_agg(last_error ORDER BY id) FILTER (WHERE attempts >= $1))[1] AS stuck_error
       FROM cases.outbox WHERE published_at IS NULL`,
      [stuckAttempts],
    )) as [{ pending: number; oldest: Date | null; stuck: number; stuck_error: string | null }];
    return {
      pending: row.pending,
      oldestAgeSeconds: row.oldest ? Math.max(0, (now.getTime() - new Date(row.oldest).getTime()) / 1000) : 0,
      stuck: row.stuck,
      stuckError: row.stuck_error,
    };
  }

  // A relay that took the rows over meanwhile (and published them) is left alone: only unpublished rows count.
  private async recordFailure(ids: readonly string[], error: unknown): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', lastError: String(error).slice(0, 1000) })
      .whereInIds([...ids])
      .andWhere('published_at IS NULL')
      .execute();
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
