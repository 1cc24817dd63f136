import type { CaseEvent, CaseState, PenaltyTerm } from '@qorgau/domain';
import type { SupportRole } from '@qorgau/contracts';

/** Input of `recordTransition`: one decided transition, written with its outbox messages in one transaction. */
export interface RecordTransitionInput {
  readonly caseId: string;
  readonly fromVersion: number;
  readonly events: readonly CaseEvent[];
  readonly state: CaseState;
  /** The workflow's instant of the decision (ISO); the activity records it, so retries write the same row. */
  readonly recordedAt: string;
  /** The command's idempotency key (the update id). */
  readonly requestId?: string;
  readonly actorRef?: string;
  /** The originating request's correlation id (HTTP `x-request-id`), when the command came with one. */
  readonly traceId?: string;
  /**
   * Answer events the case already holds past `fromVersion` (`unseen`) instead of refusing: set when the transition
   * is recorded by a local activity, whose workflow task may have been lost after it committed.
   */
  readonly adoptUnseen?: boolean;
}

export interface RecordTransitionOutput {
  readonly version: number;
  readonly eventIds: readonly string[];
  readonly duplicate: boolean;
  /** The recorded instant (ISO) of the case's last event; absent in results recorded before it was added. */
  readonly recordedAt?: string;
  /**
   * Events recorded past `fromVersion` by a lost attempt of this workflow, each with the idempotency key of the
   * command that decided it; nothing was written. The workflow adopts them.
   */
  readonly unseen?: readonly { readonly event: CaseEvent; readonly commandId: string | null }[];
}

/** A workflow-originated notice on `cases.case-events.v1` (not a domain event: it changes no state). */
export interface CaseNoticeInput {
  readonly caseId: string;
  /** Workflow id + key derive the eventId (uuid v5): a retried activity writes it once. */
  readonly workflowId: string;
  readonly key: string;
  readonly type:
    | 'case.deadline-approaching'
    | 'case.deadline-passed'
    | 'case.protection-act-window-closed'
    | 'case.appeal-decision-overdue'
    | 'case.support-concern-raised';
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

export interface SupportPlanRef {
  readonly planId: string;
  readonly personRef: string;
  readonly role: SupportRole;
  readonly caseId: string | null;
  readonly unitId: string;
}

/** A follow-up on `support.follow-ups.v1`, checked against the contracts schema before it is written. */
export interface SupportFollowUpInput {
  readonly workflowId: string;
  readonly key: string;
  readonly type:
    | 'support.plan.started'
    | 'support.check-in.due'
    | 'support.check-in.missed'
    | 'support.plan.ended';
  readonly occurredAt: string;
  readonly plan: SupportPlanRef;
  readonly checkIn?: { readonly checkInNumber: number; readonly dueAt: string; readonly offsetDays: number };
}

/** Whose penalties to read, for the lapse of one of theirs (art. 57 p.17). */
export interface OfficerPenaltiesInput {
  readonly personRef: string;
  /** The asking case: its own penalties are in its state already. */
  readonly exceptCaseId: string;
}

/** Reads across cases the investigation workflow asks for (the worker implements them beside CaseActivities). */
export interface CrossCaseActivities {
  /** The officer's penalties in other cases, from the cases projection. */
  penaltiesOfOfficer(input: OfficerPenaltiesInput): Promise<PenaltyTerm[]>;
}

/** The activities the worker implements. Workflow code imports this interface with `import type` only. */
export interface CaseActivities {
  recordTransition(input: RecordTransitionInput): Promise<RecordTransitionOutput>;
  announceCaseNotice(input: CaseNoticeInput): Promise<{ eventId: string; duplicate: boolean }>;
  emitSupportFollowUp(input: SupportFollowUpInput): Promise<{ eventId: string; duplicate: boolean }>;
}
