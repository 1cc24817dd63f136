import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { wellbeingCheckIns, wellbeingConcerns, type AnyTopicContract, type EventOf } from '@qorgau/contracts';
import { EventPublisher, WakeableLoop } from '@qorgau/messaging';
import { MetricsService } from '@qorgau/service-kit';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { OutboxMessageEntity } from '../db/entities';
import { OUTBOX_CHANNEL } from '../db/migrations/1763930000000-loop-wake-ups';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { wakeUpOn } from '../platform/wake-up';

const BATCH = 50;

/**
 * Publishes the outbox (concern signals and check-in outcomes and consent withdrawals, each to its topic): rows claimed with FOR UPDATE SKIP LOCKED, sent with the idempotent producer, marked
 * published in the same transaction. A crash between send and commit re-sends the same eventId, which
 * consumers deduplicate; a failure leaves the row for the next round with the error noted. A `WakeableLoop`:
 * woken by NOTIFY from the outbox's insert trigger and by `nudge()` after this process's commits, and still
 * polling every OUTBOX_POLL_MS (retries of failed rows).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly publisher: EventPublisher;
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly loop: WakeableLoop;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    this.publisher = new EventPublisher({ kafka });
    this.loop = new WakeableLoop({
      run: () => this.relayOnce(),
      pollMs: config.OUTBOX_POLL_MS,
      listen: wakeUpOn(config, OUTBOX_CHANNEL),
      onError: (error) => this.logger.error({ error: String(error) }, 'outbox relay round failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await this.publisher.disconnect();
  }

  /** This process committed outbox rows: relay them now (other processes' rows wake it through NOTIFY). */
  nudge(): void {
    this.loop.nudge();
  }

  /** One round over every topic the outbox feeds; returns how many events were published. */
  private async relayOnce(): Promise<number> {
    const contracts: AnyTopicContract[] = [
      wellbeingConcerns.withName(this.config.CONCERNS_TOPIC),
      wellbeingCheckIns.withName(this.config.CHECK_INS_TOPIC),
    ];
    let total = 0;
    for (const contract of contracts) {
      // Batch after batch until the topic's backlog is gone, rather than one batch per wake-up.
      for (let sent = BATCH; sent === BATCH; total += sent) sent = await this.relayTopic(contract);
    }
    return total;
  }

  /**
   * One topic's batch. A failed publish rolls the transaction back and then records the failure (attempts + 1,
   * last error) on its own: written inside the rolled-back transaction, the note would be lost with it.
   */
  private async relayTopic(contract: AnyTopicContract): Promise<number> {
    const published = this.metrics.counter('wellbeing_outbox_published_total', 'Outbox events published');
    const round = await this.dataSource.transaction(
      async (manager): Promise<{ sent: number; failed?: { ids: string[]; error: unknown } }> => {
        const repo = manager.getRepository(OutboxMessageEntity);
        const rows = await repo
          .createQueryBuilder('o')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('o.published_at IS NULL AND o.topic = :topic', { topic: contract.name })
          .orderBy('o.created_at')
          .limit(BATCH)
          .getMany();
        if (rows.length === 0) return { sent: 0 };
        try {
          await this.publisher.publishAll(
            contract,
            rows.map((row) => row.envelope as unknown as EventOf<typeof contract>),
          );
        } catch (error) {
          return { sent: 0, failed: { ids: rows.map((row) => row.id), error } };
        }
        for (const row of rows)
          await repo.update(
            { id: row.id },
            { publishedAt: this.clock.now(), attempts: row.attempts + 1, lastError: null },
          );
        published.inc(rows.length);
        return { sent: rows.length };
      },
    );
    if (round.failed) {
      await this.dataSource
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder()
        .update()
        .set({ attempts: () => 'attempts + 1', lastError: String(round.failed.error).slice(0, 1000) })
        .whereInIds(round.failed.ids)
        .andWhere('published_at IS NULL')
        .execute();
      throw round.failed.error;
    }
    return round.sent;
  }
}
