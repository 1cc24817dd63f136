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
import { ScheduledCheckInEntity } from '../db/entities';
import { SCHEDULED_CHECK_INS_CHANNEL } from '../db/migrations/1763930000000-loop-wake-ups';
import { todayInKazakhstan, type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE } from '../platform/tokens';
import { wakeUpOn } from '../platform/wake-up';
import { TaskRepository } from '../tasks/task.repository';
import { isRefused, PlanRepository } from './plan.repository';

/**
 * Turns scheduled check-ins of assault-on-duty plans into tasks on their due day (Kazakhstan time). Rows are
 * claimed with SKIP LOCKED, so several instances never create a task twice (the unique index agrees). A
 * `WakeableLoop`: a due day is not a table write, so it scans every SCHEDULER_POLL_MS, and it wakes on NOTIFY
 * when check-ins are scheduled (one due today is a task at once, not a poll later).
 */
/** Check-ins claimed per transaction. */
const BATCH = 100;

@Injectable()
export class DueCheckInScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DueCheckInScheduler.name);
  private readonly loop: WakeableLoop;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CONFIG) config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.loop = new WakeableLoop({
      run: () => this.runOnce(),
      pollMs: config.SCHEDULER_POLL_MS,
      listen: wakeUpOn(config, SCHEDULED_CHECK_INS_CHANNEL),
      onError: (error) => this.logger.error({ error: String(error) }, 'due check-in scan failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One scan after any scan in progress (its clock reading may be older); returns how many tasks it created. */
  runOnce(): Promise<number> {
    const scan = this.last.catch(() => undefined).then(() => this.drain());
    this.last = scan;
    return scan;
  }

  /**
   * Batch after batch until one is not full: a backlog (a day when thousands fall due) is worked through at
   * once, not one batch per poll (at the shipped 60 s poll that was 100 a minute: 50,000 took 8 hours).
   */
  private async drain(): Promise<number> {
    let created = 0;
    for (;;) {
      const batch = await this.scan();
      created += batch.created;
      if (batch.claimed < BATCH) return created;
    }
  }

  private scan(): Promise<{ claimed: number; created: number }> {
    const today = todayInKazakhstan(this.clock);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(ScheduledCheckInEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`c.status = 'scheduled' AND c.due_on <= :today`, { today })
        .orderBy('c.due_on')
        .limit(BATCH)
        .getMany();
      let created = 0;
      for (const checkIn of due) {
        const plan = await this.plans.find(checkIn.planId, manager);
        const live = plan && plan.status === 'active' && !isRefused(plan.consentState);
        if (live) {
          await this.tasks.openCheckInTask(
            plan,
            { checkInNumber: checkIn.checkInNumber, dueOn: checkIn.dueOn },
            false,
            manager,
          );
          created += 1;
        }
        await manager
          .getRepository(ScheduledCheckInEntity)
          .update(
            { planId: checkIn.planId, checkInNumber: checkIn.checkInNumber },
            { status: live ? 'due' : 'cancelled' },
          );
      }
      return { claimed: due.length, created };
    });
  }
}
