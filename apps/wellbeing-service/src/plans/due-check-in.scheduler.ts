import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { ScheduledCheckInEntity } from '../db/entities';
import { todayInKazakhstan, type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE } from '../platform/tokens';
import { TaskRepository } from '../tasks/task.repository';
import { isRefused, PlanRepository } from './plan.repository';

/**
 * Turns scheduled check-ins of assault-on-duty plans into tasks on their due day (Kazakhstan time). Rows are
 * claimed with SKIP LOCKED, so several instances never create a task twice (the unique index agrees).
 */
@Injectable()
export class DueCheckInScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly logger = new Logger(DueCheckInScheduler.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.SCHEDULER_POLL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (error) {
      this.logger.error({ error: String(error) }, 'due check-in scan failed');
    }
  }

  /** One scan; returns how many tasks it created. */
  runOnce(): Promise<number> {
    this.running ??= this.scan().finally(() => (this.running = undefined));
    return this.running;
  }

  private scan(): Promise<number> {
    const today = todayInKazakhstan(this.clock);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(ScheduledCheckInEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`c.status = 'scheduled' AND c.due_on <= :today`, { today })
        .orderBy('c.due_on')
        .limit(100)
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
      return created;
    });
  }
}
