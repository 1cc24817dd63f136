import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { type CheckInTaskEntity, type ContactLogEntity } from '../db/entities';
import { CheckInCompletions } from '../outbox/check-in-completions';
import { DATA_SOURCE } from '../platform/tokens';
import { TaskRepository } from './task.repository';

/**
 * Staff work on a task. A scheduled check-in counts as held once staff reach the person (a contact other
 * than `no-answer`) or close its task: then `wellbeing.check-in.completed` goes to the outbox in the same
 * transaction, once per check-in, without the note, the channel or the outcome text.
 */
@Injectable()
export class CheckInTaskService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CheckInCompletions) private readonly completions: CheckInCompletions,
  ) {}

  async logContact(task: CheckInTaskEntity, entry: Omit<ContactLogEntity, 'id'>): Promise<ContactLogEntity> {
    const row = await this.dataSource.transaction(async (manager) => {
      const logged = await this.tasks.logContact(entry, manager);
      if (task.kind === 'check-in' && entry.channel !== 'no-answer')
        await this.completions.record(manager, task, entry.contactedAt);
      return logged;
    });
    this.completions.nudge();
    return row;
  }

  /** False when the task was not open (nothing changes then). */
  async close(task: CheckInTaskEntity, outcome: string, at: Date): Promise<boolean> {
    const closed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.tasks.close(task.id, outcome, at, manager))) return false;
      if (task.kind === 'check-in') await this.completions.record(manager, task, at);
      return true;
    });
    this.completions.nudge();
    return closed;
  }
}
