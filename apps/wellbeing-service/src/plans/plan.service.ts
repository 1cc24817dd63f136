import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { supportPlanForAssaultOnDuty } from '@qorgau/domain';
import { assaultSupportWorkflowId } from '@qorgau/workflows';
import { ProblemException } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { DirectoryClient } from '../directory/directory.client';
import { planReferenceErrors } from '../directory/plan-references';
import { ScheduledCheckInEntity, type ConsentDecision, type ConsentState } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE } from '../platform/tokens';
import { SupportSignals } from '../outbox/support-signals';
import { SupportWorkflows } from '../support-workflow/support-workflows';
import { TaskRepository } from '../tasks/task.repository';
import { isRefused, PlanRepository } from './plan.repository';

export interface AssaultPlanRequest {
  readonly personRef: string;
  readonly incidentRef: string;
  readonly unitId: string;
  readonly reportedOn: string;
  readonly consent: Extract<ConsentState, 'pending' | 'given'>;
}

@Injectable()
export class PlanService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SupportSignals) private readonly signals: SupportSignals,
    @Inject(DirectoryClient) private readonly directory: DirectoryClient,
    @Inject(SupportWorkflows) private readonly workflows: SupportWorkflows,
  ) {}

  /**
   * An assault on duty (Criminal Code art. 380-1): the domain's plan, no case. The person and the unit are
   * checked against the directory first (422 naming the field; nothing is written). The plan then runs on the
   * same durable support workflow as every case-linked plan (started here, in the plan's transaction: if
   * Temporal refuses, nothing is written; if the commit fails after the start, the workflow's
   * `support.plan.started` recreates the plan row). Its check-ins come back as `support.follow-ups.v1` events.
   */
  async startAssaultPlan(request: AssaultPlanRequest, authorization: string) {
    const errors = planReferenceErrors(request, await this.directory.roster(request.unitId, authorization));
    if (errors.length > 0)
      throw new ProblemException({
        code: 'UNKNOWN_REFERENCE',
        status: 422,
        detail: `Not in the directory: ${errors.map((e) => e.field).join(', ')}`,
        errors,
      });
    const plan = supportPlanForAssaultOnDuty({
      personRef: request.personRef,
      incidentRef: request.incidentRef,
      reportedOn: request.reportedOn,
      offsetsDays: this.config.SUPPORT_CHECK_IN_OFFSETS,
    });
    const conflict = () =>
      new ProblemException({ code: 'CONFLICT', status: 409, detail: 'A plan for this incident exists' });
    return this.dataSource.transaction(async (manager) => {
      if (await this.plans.find(plan.planId, manager)) throw conflict();
      const stored = await this.plans.ensure(
        {
          planId: plan.planId,
          personRef: plan.personRef,
          role: 'assaulted-officer',
          caseId: null,
          unitId: request.unitId,
          origin: 'assault-on-duty',
          incidentRef: request.incidentRef,
          startsOn: plan.startsOn,
        },
        manager,
        request.consent,
      );
      const started = await this.workflows.startAssault({
        planId: plan.planId,
        personRef: plan.personRef,
        incidentRef: request.incidentRef,
        unitId: request.unitId,
        startsOn: plan.startsOn,
      });
      if (!started) throw conflict();
      return {
        ...stored,
        citation: plan.citation,
        workflowId: assaultSupportWorkflowId(plan.personRef, request.incidentRef),
        checkIns: plan.checkIns.map((c) => ({
          checkInNumber: c.index + 1,
          offsetDays: c.offsetDays,
          dueOn: c.dueOn,
        })),
      };
    });
  }

  /** Scheduled check-ins of assault-on-duty plans opened before they ran on the workflow (the poller's). */
  scheduleOf(planId: string, manager = this.dataSource.manager) {
    return manager
      .getRepository(ScheduledCheckInEntity)
      .find({ where: { planId }, order: { checkInNumber: 'ASC' } });
  }

  /**
   * Consent given, declined or stopped by the officer. A refusal is recorded with its time and cancels every
   * open task and scheduled check-in of the plan; events that arrive later create nothing. For a case-linked
   * plan it also writes `wellbeing.consent.withdrawn` to the outbox in the same transaction, so the support
   * workflow stops scheduling check-ins (the fact only, never a reason).
   */
  async recordConsent(planId: string, personRef: string, decision: ConsentDecision) {
    const consent = await this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.findForUpdate(planId, manager);
      if (!plan || plan.personRef !== personRef) throw new NotFoundException('No such plan');
      const consent = {
        id: randomUUID(),
        planId,
        personRef,
        decision,
        scope: 'support' as const,
        recordedAt: this.clock.now(),
      };
      await this.plans.recordConsent(plan, decision, consent, manager);
      if (isRefused(decision)) {
        await this.tasks.cancelOpenOfPlan(planId, manager);
        await manager
          .getRepository(ScheduledCheckInEntity)
          .update({ planId, status: 'scheduled' }, { status: 'cancelled' });
        await this.signals.consentWithdrawn(manager, plan, consent.id, consent.recordedAt);
      }
      return consent;
    });
    this.signals.nudge();
    return consent;
  }

  /**
   * The officer lets the unit's HR inspector read the plan's check-in answers (`given`) or takes it back
   * (`stopped`). Kept as a consent row of scope `answers-to-hr`; the plan's flag is what every read checks.
   */
  async recordAnswersToHr(planId: string, personRef: string, decision: 'given' | 'stopped') {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.findForUpdate(planId, manager);
      if (!plan || plan.personRef !== personRef) throw new NotFoundException('No such plan');
      const consent = {
        id: randomUUID(),
        planId,
        personRef,
        decision,
        scope: 'answers-to-hr' as const,
        recordedAt: this.clock.now(),
      };
      await this.plans.recordAnswersToHr(plan, consent, manager);
      return consent;
    });
  }
}
