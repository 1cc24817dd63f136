import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { CheckInTaskEntity, SelfCheckInEntity } from '../db/entities';
import { SupportSignals } from '../outbox/support-signals';
import { todayInKazakhstan, type Clock } from '../platform/clock';
import { CLOCK, DATA_SOURCE } from '../platform/tokens';
import { PlanRepository } from '../plans/plan.repository';
import { TaskRepository } from '../tasks/task.repository';
import { type Language } from './questionnaire';
import { scoreCheckIn, type Answers } from './scoring';

export interface SelfCheckInRequest {
  readonly planId: string;
  readonly answers: Answers;
  readonly contactRequested: boolean;
  readonly concern?: string | undefined;
  readonly language: Language;
}

@Injectable()
export class SelfCheckInService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(SupportSignals) private readonly signals: SupportSignals,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores the officer's own check-in; an urgent score puts an escalated task before the unit lead. When a
   * scheduled check-in of the plan is due (its task open), this answers it: `wellbeing.check-in.concluded`
   * goes to the outbox in the same transaction (once per check-in) with the outcome class only, `worrying`
   * when the answers score urgent, else `completed`; none of the answers, the score or the reasons.
   */
  async submit(personRef: string, request: SelfCheckInRequest) {
    const result = await this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.findForUpdate(request.planId, manager);
      if (!plan || plan.personRef !== personRef) throw new NotFoundException('No such plan');
      const score = scoreCheckIn(request.answers, request.contactRequested);
      const now = this.clock.now();
      const row: SelfCheckInEntity = {
        id: randomUUID(),
        planId: plan.planId,
        personRef,
        unitId: plan.unitId,
        answers: { ...request.answers },
        total: score.total,
        byDimension: { ...score.byDimension },
        urgent: score.urgent,
        reasons: [...score.reasons],
        concernText: request.concern?.trim() ? request.concern.trim() : null,
        contactRequested: request.contactRequested,
        language: request.language,
        submittedAt: now,
        submittedOn: todayInKazakhstan(this.clock),
      };
      await manager.getRepository(SelfCheckInEntity).insert(row);
      // The officer reached out themselves, so a refusal recorded earlier does not silence this one.
      if (score.urgent) await this.tasks.create(plan, 'urgent-self-check-in', true, manager);
      // The check-in that is due now: the latest open scheduled check-in task of the plan.
      const due = await manager.getRepository(CheckInTaskEntity).findOne({
        where: { planId: plan.planId, kind: 'check-in', status: 'open' },
        order: { checkInNumber: 'DESC' },
      });
      if (due)
        await this.signals.checkInConcluded(manager, due, score.urgent ? 'worrying' : 'completed', now);
      return { id: row.id, submittedAt: now, urgent: score.urgent };
    });
    this.signals.nudge();
    return result;
  }

  ofPerson(personRef: string) {
    return this.dataSource
      .getRepository(SelfCheckInEntity)
      .find({ where: { personRef }, order: { submittedAt: 'DESC' }, take: 100 });
  }
}
