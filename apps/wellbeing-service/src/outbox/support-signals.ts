import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  makeEnvelope,
  wellbeingCheckIns,
  type wellbeingCheckInEvents,
  type CheckInOutcomeClass,
  type EnvelopeFields,
  type EventInputOf,
  type TopicContract,
} from '@qorgau/contracts';
import { assaultSupportWorkflowId } from '@qorgau/workflows';
import { type EntityManager } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { OutboxMessageEntity, SupportPlanEntity } from '../db/entities';
import { CONFIG } from '../platform/tokens';
import { type SupportWorkflowSignal } from '../support-workflow/support-workflows';
import { WORKFLOW_SIGNALS_TOPIC, WorkflowSignalRelay } from '../support-workflow/workflow-signal.relay';
import { OutboxRelay } from './outbox.relay';

/** The check-in an outcome is about: only case-linked plans have a support workflow waiting for it. */
export interface ConcludedCheckIn {
  readonly planId: string;
  readonly personRef: string;
  readonly caseId: string | null;
  readonly checkInNumber: number | null;
}

/** The plan whose consent was withdrawn. */
export interface WithdrawnPlan {
  readonly planId: string;
  readonly personRef: string;
  readonly caseId: string | null;
}

/** The support workflow wellbeing started itself for a plan without a case (assault on duty), if any. */
const ownWorkflowOf = async (manager: EntityManager, planId: string): Promise<string | null> => {
  const plan = await manager.getRepository(SupportPlanEntity).findOneBy({ planId });
  return plan?.origin === 'assault-on-duty' && plan.incidentRef !== null
    ? assaultSupportWorkflowId(plan.personRef, plan.incidentRef)
    : null;
};

/** A name-based UUID (version 5 layout) of the given parts: the same fact always gets the same eventId. */
export function nameBasedEventId(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000'));
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The one id of "check-in N of plan P concluded": one outbox row per check-in, whatever happens after. */
export const outcomeEventId = (planId: string, checkInNumber: number): string =>
  nameBasedEventId('wellbeing.check-in.concluded', planId, checkInNumber);

type CheckInsContract = TopicContract<string, typeof wellbeingCheckInEvents, undefined>;
type CheckInsEventType = 'wellbeing.check-in.concluded' | 'wellbeing.consent.withdrawn';

/**
 * What the support workflow must know from wellbeing, written to the outbox in the caller's transaction
 * (for a case-linked plan as events cases-service turns into signals; for wellbeing's own assault-on-duty
 * workflows as signal rows `WorkflowSignalRelay` sends):
 * a check-in's outcome class (`wellbeing.check-in.concluded`, once per check-in: the first outcome recorded
 * is the one the workflow acts on) and a consent withdrawal (`wellbeing.consent.withdrawn`). The contracts
 * are strict: answers, scores, reasons and notes never leave wellbeing, only the class.
 */
@Injectable()
export class SupportSignals {
  constructor(
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(WorkflowSignalRelay) private readonly signalRelay: WorkflowSignalRelay,
  ) {}

  /** True when this call wrote the event; false for a plan without case or a check-in already concluded. */
  async checkInConcluded(
    manager: EntityManager,
    checkIn: ConcludedCheckIn,
    outcome: CheckInOutcomeClass,
    at: Date,
  ): Promise<boolean> {
    const { caseId, checkInNumber } = checkIn;
    if (checkInNumber === null) return false;
    if (caseId === null) {
      const workflowId = await ownWorkflowOf(manager, checkIn.planId);
      if (workflowId === null) return false;
      return this.writeSignal(manager, at, outcomeEventId(checkIn.planId, checkInNumber), {
        workflowId,
        signal: 'checkInOutcome',
        args: { checkInNumber, outcome },
      });
    }
    return this.write(manager, at, 'wellbeing.check-in.concluded', {
      eventId: outcomeEventId(checkIn.planId, checkInNumber),
      occurredAt: at,
      producer: 'wellbeing-service',
      subject: caseId,
      data: { caseId, personRef: checkIn.personRef, checkInNumber, outcome, concludedAt: at.toISOString() },
    });
  }

  /** The officer declined or stopped support: one event per recorded refusal (`consentId`). */
  async consentWithdrawn(
    manager: EntityManager,
    plan: WithdrawnPlan,
    consentId: string,
    at: Date,
  ): Promise<boolean> {
    const eventId = nameBasedEventId('wellbeing.consent.withdrawn', plan.planId, consentId);
    if (plan.caseId === null) {
      const workflowId = await ownWorkflowOf(manager, plan.planId);
      if (workflowId === null) return false;
      return this.writeSignal(manager, at, eventId, { workflowId, signal: 'consentWithdrawn', args: {} });
    }
    return this.write(manager, at, 'wellbeing.consent.withdrawn', {
      eventId,
      occurredAt: at,
      producer: 'wellbeing-service',
      subject: plan.caseId,
      data: { caseId: plan.caseId, personRef: plan.personRef, withdrawnAt: at.toISOString() },
    });
  }

  /** Call after the transaction committed, so the event is not a poll interval late. */
  nudge(): void {
    this.relay.nudge();
    this.signalRelay.nudge();
  }

  /** A signal to one of wellbeing's own support workflows, sent by `WorkflowSignalRelay`. */
  private async writeSignal(
    manager: EntityManager,
    at: Date,
    id: string,
    signal: SupportWorkflowSignal,
  ): Promise<boolean> {
    const outbox = manager.getRepository(OutboxMessageEntity);
    if (await outbox.existsBy({ id })) return false;
    await outbox
      .createQueryBuilder()
      .insert()
      .values({
        id,
        topic: WORKFLOW_SIGNALS_TOPIC,
        envelope: { ...signal },
        createdAt: at,
        publishedAt: null,
        attempts: 0,
        lastError: null,
      })
      .orIgnore()
      .execute();
    return true;
  }

  private async write<T extends CheckInsEventType>(
    manager: EntityManager,
    at: Date,
    type: T,
    fields: EnvelopeFields<EventInputOf<CheckInsContract, T>['data']>,
  ): Promise<boolean> {
    const contract: CheckInsContract = wellbeingCheckIns.withName(this.config.CHECK_INS_TOPIC);
    const event = makeEnvelope(contract, type, fields);
    const outbox = manager.getRepository(OutboxMessageEntity);
    if (await outbox.existsBy({ id: event.eventId })) return false;
    // A concurrent writer of the same fact loses quietly: the row is the same event.
    await outbox
      .createQueryBuilder()
      .insert()
      .values({
        id: event.eventId,
        topic: contract.name,
        envelope: { ...event },
        createdAt: at,
        publishedAt: null,
        attempts: 0,
        lastError: null,
      })
      .orIgnore()
      .execute();
    return true;
  }
}
