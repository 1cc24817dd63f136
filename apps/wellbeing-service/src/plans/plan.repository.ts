import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { ConsentEntity, SupportPlanEntity, type ConsentDecision, type ConsentState } from '../db/entities';
import { DATA_SOURCE } from '../platform/tokens';

export type NewPlan = Pick<
  SupportPlanEntity,
  'planId' | 'personRef' | 'role' | 'caseId' | 'unitId' | 'origin' | 'incidentRef' | 'startsOn'
>;

/** Plans follow-ups can stop for: a refusal, or the plan's end. */
export const isRefused = (state: ConsentState): boolean => state === 'declined' || state === 'stopped';

@Injectable()
export class PlanRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  private plans(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SupportPlanEntity);
  }

  /** Creates the plan unless it exists; returns the stored plan either way (events may arrive in any order). */
  async ensure(plan: NewPlan, manager?: EntityManager, consentState: ConsentState = 'pending') {
    await this.plans(manager)
      .createQueryBuilder()
      .insert()
      .values({ ...plan, status: 'active', consentState })
      .orIgnore()
      .execute();
    return this.plans(manager).findOneByOrFail({ planId: plan.planId });
  }

  find(planId: string, manager?: EntityManager) {
    return this.plans(manager).findOneBy({ planId });
  }

  /** Locks the plan row so a consent change and a task write never interleave. */
  findForUpdate(planId: string, manager: EntityManager) {
    return this.plans(manager)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.plan_id = :planId', { planId })
      .getOne();
  }

  async end(planId: string, manager?: EntityManager): Promise<void> {
    await this.plans(manager).update({ planId }, { status: 'ended' });
  }

  ofPerson(personRef: string) {
    return this.plans().find({ where: { personRef }, order: { createdAt: 'ASC' } });
  }

  async recordConsent(
    plan: SupportPlanEntity,
    decision: ConsentDecision,
    consent: ConsentEntity,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(ConsentEntity).insert(consent);
    await this.plans(manager).update({ planId: plan.planId }, { consentState: decision });
  }

  async recordAnswersToHr(plan: SupportPlanEntity, consent: ConsentEntity, manager: EntityManager) {
    await manager.getRepository(ConsentEntity).insert(consent);
    await this.plans(manager).update({ planId: plan.planId }, { answersToHr: consent.decision === 'given' });
  }

  consentsOf(planId: string) {
    return this.dataSource
      .getRepository(ConsentEntity)
      .find({ where: { planId }, order: { recordedAt: 'ASC' } });
  }
}
