import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { wellbeingCheckIns, wellbeingConcerns, type AnyTopicContract, type EventOf } from '@qorgau/contracts';
import { EventPublisher } from '@qorgau/messaging';
import { MetricsService } from '@qorgau/service-kit';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { OutboxMessageEntity } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';

/**
 * Publishes the outbox (concern signals and check-in outcomes and consent withdrawals, each to its topic): rows claimed with FOR UPDATE SKIP LOCKED, sent with the idempotent producer, marked
 * published in the same transaction. A crash between send and commit re-sends the same eventId, which
 * consumers deduplicate; a failure leaves the row for the next round with the error noted. Polls, and is
 * nudged right after a commit so the signal is not a poll interval late.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly publisher: EventPublisher;
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private connected = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    this.publisher = new EventPublisher({ kafka });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    this.connected = true;
    this.timer = setInterval(() => this.nudge(), this.config.OUTBOX_POLL_MS);
    this.nudge();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.connected = false;
    await this.publisher.disconnect();
  }

  nudge(): void {
    if (!this.connected) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relayOnce()
      .catch((error: unknown) => {
        this.logger.error({ error: String(error) }, 'outbox relay round failed');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** One round over every topic the outbox feeds; returns how many events were published. */
  private async relayOnce(): Promise<number> {
    const contracts: AnyTopicContract[] = [
      wellbeingConcerns.withName(this.config.CONCERNS_TOPIC),
      wellbeingCheckIns.withName(this.config.CHECK_INS_TOPIC),
    ];
    let total = 0;
    for (const contract of contracts) total += await this.relayTopic(contract);
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
          .limit(50)
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
