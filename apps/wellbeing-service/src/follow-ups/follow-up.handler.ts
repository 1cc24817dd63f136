import { Inject, Injectable } from '@nestjs/common';
import { type EventOf, type supportFollowUps } from '@qorgau/contracts';
import { type HandlerContext, type PostgresTransaction } from '@qorgau/messaging';
import { isRefused, PlanRepository } from '../plans/plan.repository';
import { RestorationService } from '../restorations/restoration.service';
import { TaskRepository } from '../tasks/task.repository';

export type FollowUpEvent = EventOf<typeof supportFollowUps>;

/**
 * Turns `support.follow-ups.v1` into check-in tasks, inside the processed-event store's transaction, so a
 * task is written exactly when the event is recorded as processed. A refused plan gets no new task. Any
 * restoration follow-up waiting for the plan's person and case is opened here too.
 */
@Injectable()
export class FollowUpHandler {
  constructor(
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(RestorationService) private readonly restorations: RestorationService,
  ) {}

  async handle(event: FollowUpEvent, { manager }: HandlerContext<PostgresTransaction>): Promise<void> {
    const { data } = event;
    await this.plans.ensure(
      {
        planId: data.planId,
        personRef: data.personRef,
        role: data.role,
        caseId: data.caseId,
        unitId: data.unitId,
        origin: 'follow-up-event',
        incidentRef: null,
        startsOn: null,
      },
      manager,
    );
    const plan = await this.plans.findForUpdate(data.planId, manager);
    if (!plan) throw new Error(`plan ${data.planId} vanished`);
    // A restoration follow-up that arrived before this plan (case events carry no unit) becomes a task now.
    await this.restorations.openPending(plan, manager);
    switch (event.type) {
      case 'support.plan.started':
        return;
      case 'support.plan.ended':
        return this.plans.end(plan.planId, manager);
      case 'support.check-in.due':
      case 'support.check-in.missed': {
        if (isRefused(plan.consentState) || plan.status === 'ended') return;
        const missed = event.type === 'support.check-in.missed';
        const checkIn = { checkInNumber: event.data.checkInNumber, dueOn: event.data.dueAt };
        const task = await this.tasks.openCheckInTask(plan, checkIn, missed, manager);
        if (missed) await this.tasks.escalate(task, manager);
        return;
      }
    }
  }
}
