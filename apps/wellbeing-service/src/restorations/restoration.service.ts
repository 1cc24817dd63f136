import { Inject, Injectable } from '@nestjs/common';
import { type EventOf, type caseEvents } from '@qorgau/contracts';
import { type HandlerContext, type PostgresTransaction } from '@qorgau/messaging';
import { IsNull, type EntityManager } from 'typeorm';
import { RestorationFollowUpEntity, SupportPlanEntity } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { isRefused } from '../plans/plan.repository';
import { TaskRepository } from '../tasks/task.repository';
import { RESTORATION_STARTED, restorationStartedData } from './restoration-started';

export type CaseEvent = EventOf<typeof caseEvents>;

/**
 * Restoration after exoneration: the HR support follow-up of each cleared officer becomes a
 * `restoration-follow-up` task for the unit's HR inspector, due on the follow-up day. Case events carry no
 * unit, so a follow-up waits in `restoration_follow_ups` until the officer's support plan of that case (every
 * subject gets one, with the unit) is known, whichever of the two arrives first. Exactly once: the processed
 * mark, the stored follow-up and the task share the consumer's transaction, plus unique keys on both.
 */
@Injectable()
export class RestorationService {
  constructor(
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every case event comes here; only `case.restoration-started` does anything. */
  async handleCaseEvent(event: CaseEvent, { manager }: HandlerContext<PostgresTransaction>): Promise<void> {
    if (event.type !== RESTORATION_STARTED) return;
    const data = restorationStartedData.parse(event.data);
    const followUps = manager.getRepository(RestorationFollowUpEntity);
    for (const plan of data.plans) {
      await followUps
        .createQueryBuilder()
        .insert()
        .values({
          caseId: data.caseId,
          personRef: plan.personRef,
          findingsNoticeOn: plan.findingsNoticeOn ?? null,
          hrFollowUpOn: plan.hrFollowUpOn,
          eventId: event.eventId,
          receivedAt: this.clock.now(),
          taskId: null,
        })
        .orIgnore()
        .execute();
      const supportPlan = await manager
        .getRepository(SupportPlanEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.case_id = :caseId AND p.person_ref = :personRef', {
          caseId: data.caseId,
          personRef: plan.personRef,
        })
        .orderBy('p.created_at', 'ASC')
        .getOne();
      if (supportPlan) await this.openPending(supportPlan, manager);
    }
  }

  /**
   * Called with the locked plan for every follow-up event: a restoration follow-up waiting for this person
   * and case becomes a task. A plan the officer refused gets none (nothing more is asked of them).
   */
  async openPending(plan: SupportPlanEntity, manager: EntityManager): Promise<void> {
    const { caseId } = plan;
    if (caseId === null || isRefused(plan.consentState) || plan.status === 'ended') return;
    const followUps = manager.getRepository(RestorationFollowUpEntity);
    const pending = await followUps.findOneBy({ caseId, personRef: plan.personRef, taskId: IsNull() });
    if (!pending) return;
    const task = await this.tasks.openRestorationTask({ ...plan, caseId }, pending.hrFollowUpOn, manager);
    await followUps.update({ caseId, personRef: plan.personRef }, { taskId: task.id });
  }
}
