import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { WakeableLoop } from '@qorgau/messaging';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { OutboxMessageEntity } from '../db/entities';
import { OUTBOX_CHANNEL } from '../db/migrations/1763930000000-loop-wake-ups';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE } from '../platform/tokens';
import { wakeUpOn } from '../platform/wake-up';
import { SupportWorkflows, type SupportWorkflowSignal } from './support-workflows';

/** Outbox rows of this pseudo-topic are signals to wellbeing's own support workflows, not Kafka events. */
export const WORKFLOW_SIGNALS_TOPIC = 'temporal:support-workflow-signals';

/**
 * Sends the signals wellbeing owes the support workflows of its own plans (assault on duty: a check-in's
 * outcome class, a consent withdrawal). They are written to the outbox in the transaction that causes them
 * and sent from here (rows claimed with SKIP LOCKED, marked sent in the same transaction), so a signal
 * exists exactly when its cause does, also if Temporal is down for a while. A signal to a workflow that no
 * longer runs is marked sent. The workflow keeps the first outcome per check-in, so a resend is harmless.
 * A `WakeableLoop` on the outbox's NOTIFY channel, nudged after this process's commits, polling every
 * OUTBOX_POLL_MS for retries.
 */
@Injectable()
export class WorkflowSignalRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkflowSignalRelay.name);
  private readonly loop: WakeableLoop;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SupportWorkflows) private readonly workflows: SupportWorkflows,
    @Inject(CONFIG) config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.loop = new WakeableLoop({
      run: () => this.sendOnce(),
      pollMs: config.OUTBOX_POLL_MS,
      listen: wakeUpOn(config, OUTBOX_CHANNEL),
      onError: (error) => this.logger.error({ error: String(error) }, 'workflow signal round failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** This process committed signal rows: send them now (other processes' rows wake it through NOTIFY). */
  nudge(): void {
    this.loop.nudge();
  }

  private sendOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(OutboxMessageEntity);
      const rows = await repo
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('o.published_at IS NULL AND o.topic = :topic', { topic: WORKFLOW_SIGNALS_TOPIC })
        .orderBy('o.created_at')
        .limit(50)
        .getMany();
      for (const row of rows) {
        try {
          const result = await this.workflows.signal(row.envelope as unknown as SupportWorkflowSignal);
          if (result === 'no-workflow')
            this.logger.warn({ id: row.id, msg: 'no running support workflow for a signal; dropped' });
          await repo.update({ id: row.id }, { publishedAt: this.clock.now(), attempts: row.attempts + 1 });
        } catch (error) {
          // Recorded and committed (not rolled back), and the round stops here so signals keep their order.
          const lastError = String(error).slice(0, 1000);
          await repo.update({ id: row.id }, { attempts: row.attempts + 1, lastError });
          this.logger.error({
            id: row.id,
            error: lastError,
            msg: 'workflow signal failed; retried next round',
          });
          break;
        }
      }
      return rows.length;
    });
  }
}
