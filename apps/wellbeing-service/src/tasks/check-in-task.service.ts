import { Inject, Injectable } from '@nestjs/common';
import { type CheckInOutcomeClass } from '@qorgau/contracts';
import { type DataSource } from 'typeorm';
import { type CheckInTaskEntity, type ContactLogEntity } from '../db/entities';
import { SupportSignals } from '../outbox/support-signals';
import { DATA_SOURCE } from '../platform/tokens';
import { TaskRepository } from './task.repository';

/**
 * Staff work on a task. A scheduled check-in concludes once staff reach the person (a contact other than
 * `no-answer`) or close its task: then `wellbeing.check-in.concluded` goes to the outbox in the same
 * transaction, once per check-in, with the outcome class staff chose (`completed` unless they say
 * `worrying` or `declined`) and without the note, the channel or the outcome text.
 */
@Injectable()
export class CheckInTaskService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(SupportSignals) private readonly signals: SupportSignals,
  ) {}

  async logContact(
    task: CheckInTaskEntity,
    entry: Omit<ContactLogEntity, 'id'>,
    outcome: CheckInOutcomeClass = 'completed',
  ): Promise<ContactLogEntity> {
    const row = await this.dataSource.transaction(async (manager) => {
      const logged = await this.tasks.logContact(entry, manager);
      if (task.kind === 'check-in' && entry.channel !== 'no-answer')
        await this.signals.checkInConcluded(manager, task, outcome, entry.contactedAt);
      return logged;
    });
    this.signals.nudge();
    return row;
  }

  /** False when the task was not open (nothing changes then). */
  async close(
    task: CheckInTaskEntity,
    outcome: string,
    at: Date,
    checkInOutcome: CheckInOutcomeClass = 'completed',
  ): Promise<boolean> {
    const closed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.tasks.close(task.id, outcome, at, manager))) return false;
      if (task.kind === 'check-in') await this.signals.checkInConcluded(manager, task, checkInOutcome, at);
      return true;
    });
    this.signals.nudge();
    return closed;
  }
}
