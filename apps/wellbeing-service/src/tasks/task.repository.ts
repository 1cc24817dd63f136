import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  CheckInTaskEntity,
  ContactLogEntity,
  ReferralEntity,
  SelfCheckInEntity,
  UnitStaffEntity,
  type SupportPlanEntity,
  type TaskKind,
} from '../db/entities';
import { WELLBEING_SCHEMA } from '../db/schema';
import { DATA_SOURCE } from '../platform/tokens';
import { pickAssignee, pickHrAssignee, type StaffLoad } from './assignment';
import { HR_TASK_KINDS } from './visibility';

export interface CheckInRef {
  readonly checkInNumber: number;
  readonly dueOn: string;
}

@Injectable()
export class TaskRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  private tasks(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CheckInTaskEntity);
  }

  private async staffLoads(unitId: string, manager: EntityManager): Promise<StaffLoad[]> {
    const staff = await manager.getRepository(UnitStaffEntity).findBy({ unitId });
    return Promise.all(
      staff.map(async (s) => ({
        staffRef: s.staffRef,
        isLead: s.isLead,
        staffRole: s.staffRole,
        openTasks: await this.tasks(manager).countBy({ assignedTo: s.staffRef, status: 'open' }),
      })),
    );
  }

  async assigneeFor(unitId: string, escalated: boolean, manager?: EntityManager): Promise<string | null> {
    return pickAssignee(await this.staffLoads(unitId, manager ?? this.dataSource.manager), escalated);
  }

  /**
   * The HR support follow-up of an officer cleared in a case, for the unit's HR inspector, due on the
   * follow-up day; created once per person and case (a partial unique index backs this up).
   */
  async openRestorationTask(
    plan: SupportPlanEntity & { readonly caseId: string },
    dueOn: string,
    manager: EntityManager,
  ): Promise<CheckInTaskEntity> {
    const existing = await this.tasks(manager).findOneBy({
      caseId: plan.caseId,
      personRef: plan.personRef,
      kind: 'restoration-follow-up',
    });
    if (existing) return existing;
    const task = this.tasks(manager).create({
      id: randomUUID(),
      planId: plan.planId,
      personRef: plan.personRef,
      unitId: plan.unitId,
      caseId: plan.caseId,
      checkInNumber: null,
      dueOn,
      kind: 'restoration-follow-up',
      status: 'open',
      priority: 'normal',
      escalated: false,
      assignedTo: pickHrAssignee(await this.staffLoads(plan.unitId, manager)),
      outcome: null,
      closedAt: null,
    });
    return this.tasks(manager).save(task);
  }

  /** The task of a scheduled check-in, created once (the partial unique index backs this up). */
  async openCheckInTask(
    plan: SupportPlanEntity,
    checkIn: CheckInRef,
    escalated: boolean,
    manager: EntityManager,
  ): Promise<CheckInTaskEntity> {
    const existing = await this.tasks(manager).findOneBy({
      planId: plan.planId,
      checkInNumber: checkIn.checkInNumber,
      kind: 'check-in',
    });
    if (existing) return existing;
    return this.create(plan, 'check-in', escalated, manager, checkIn);
  }

  async create(
    plan: SupportPlanEntity,
    kind: TaskKind,
    escalated: boolean,
    manager: EntityManager,
    checkIn?: CheckInRef,
  ): Promise<CheckInTaskEntity> {
    const task = this.tasks(manager).create({
      id: randomUUID(),
      planId: plan.planId,
      personRef: plan.personRef,
      unitId: plan.unitId,
      caseId: plan.caseId,
      checkInNumber: checkIn?.checkInNumber ?? null,
      dueOn: checkIn?.dueOn ?? null,
      kind,
      status: 'open',
      priority: escalated ? 'urgent' : 'normal',
      escalated,
      assignedTo: await this.assigneeFor(plan.unitId, escalated, manager),
      outcome: null,
      closedAt: null,
    });
    return this.tasks(manager).save(task);
  }

  /** A missed check-in: urgent, flagged, and moved to the unit lead, unless staff already closed it. */
  async escalate(task: CheckInTaskEntity, manager: EntityManager): Promise<void> {
    if (task.status !== 'open' || task.escalated) return;
    await this.tasks(manager).update(
      { id: task.id },
      {
        priority: 'urgent',
        escalated: true,
        assignedTo: (await this.assigneeFor(task.unitId, true, manager)) ?? task.assignedTo,
      },
    );
  }

  /** Consent withdrawn: nothing more is asked of the person. */
  async cancelOpenOfPlan(planId: string, manager: EntityManager): Promise<void> {
    await this.tasks(manager).update(
      { planId, status: 'open' },
      { status: 'cancelled', closedAt: new Date() },
    );
  }

  find(id: string) {
    return this.tasks().findOneBy({ id });
  }

  /**
   * Tasks by filter. `hrView`: only what an HR inspector may see (HR follow-ups, and check-ins of plans
   * whose officer lets HR read their answers), decided in SQL so the page of 200 is not thinned afterwards.
   */
  list(filter: { assignedTo?: string; status?: string; unitId?: string }, hrView = false) {
    const query = this.tasks()
      .createQueryBuilder('t')
      .where({ ...filter } as FindOptionsWhere<CheckInTaskEntity>);
    if (hrView)
      query.andWhere(
        `(t.kind IN (:...hrKinds) OR EXISTS (SELECT 1 FROM ${WELLBEING_SCHEMA}.support_plans p
          WHERE p.plan_id = t.plan_id AND p.answers_to_hr))`,
        { hrKinds: [...HR_TASK_KINDS] },
      );
    return query.orderBy('t.escalated', 'DESC').addOrderBy('t.created_at', 'ASC').take(200).getMany();
  }

  /** The officer's self check-ins on the task's plan, newest first: answers, score and any concern text. */
  checkInsOfPlan(planId: string) {
    return this.dataSource
      .getRepository(SelfCheckInEntity)
      .find({ where: { planId }, order: { submittedAt: 'DESC' }, take: 50 });
  }

  ofPlan(planId: string, manager?: EntityManager) {
    return this.tasks(manager).find({ where: { planId }, order: { createdAt: 'ASC' } });
  }

  async logContact(entry: Omit<ContactLogEntity, 'id'>, manager?: EntityManager): Promise<ContactLogEntity> {
    const row = { id: randomUUID(), ...entry };
    await (manager ?? this.dataSource.manager).getRepository(ContactLogEntity).insert(row);
    return row;
  }

  contactsOf(taskId: string) {
    return this.dataSource
      .getRepository(ContactLogEntity)
      .find({ where: { taskId }, order: { contactedAt: 'ASC' } });
  }

  async refer(entry: Omit<ReferralEntity, 'id'>): Promise<ReferralEntity> {
    const row = { id: randomUUID(), ...entry };
    await this.dataSource.getRepository(ReferralEntity).insert(row);
    return row;
  }

  referralsOf(taskId: string) {
    return this.dataSource
      .getRepository(ReferralEntity)
      .find({ where: { taskId }, order: { referredAt: 'ASC' } });
  }

  async close(id: string, outcome: string, at: Date, manager?: EntityManager): Promise<boolean> {
    const result = await this.tasks(manager).update(
      { id, status: 'open' },
      { status: 'closed', outcome, closedAt: at },
    );
    return (result.affected ?? 0) > 0;
  }
}
