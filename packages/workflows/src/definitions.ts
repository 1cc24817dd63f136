import type { QueryDefinition, SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AbsenceKind,
  LocalDate,
  CaseCommand,
  CaseDeadline,
  CaseEventType,
  CaseStage,
  CaseState,
  DomainError,
  PenaltyKind,
  PinnedEnvironment,
} from '@qorgau/domain';
import type { OpenTask, TaskRole } from './tasks';

/** Who asks. The role is informational (audit, tasks); authorization happens at the API edge. */
export interface Actor {
  readonly ref: string;
  readonly role: TaskRole | 'applicant' | 'system' | 'registrar';
}

/** One human step: a domain command, who asks, and an idempotency key chosen by the caller. */
export interface CaseCommandRequest {
  readonly command: CaseCommand;
  readonly actor: Actor;
  /**
   * The idempotency key (the HTTP `Idempotency-Key`): also the Temporal update id, so a retried request is
   * applied once. Not a trace id: see `traceId`.
   */
  readonly requestId: string;
  /**
   * Optimistic concurrency: the case version (`ETag` of the projection) the caller decided on. When set, the
   * update is refused with a `VersionMismatch` failure unless the workflow is at exactly this version when the
   * command runs (after the commands queued before it), so two callers with the same version cannot both apply.
   */
  readonly expectedVersion?: number;
  /**
   * The correlation id of the originating request (the HTTP `x-request-id` of the service's logs). Recorded as the
   * events' `request_id` and sent as their Kafka `x-request-id` header; without it, `requestId` is used.
   */
  readonly traceId?: string;
}

export interface CaseCommandResult {
  /** The case version (number of recorded events) after the command. */
  readonly version: number;
  readonly stage: CaseStage;
  /** The domain event types the command produced, in order. */
  readonly events: CaseEventType[];
}

/** The failure type an update is rejected with; `details[0]` is the DomainError (code, citation, messageKey, params). */
export const DOMAIN_ERROR_TYPE = 'DomainError';
/** An update whose events could not be recorded (e.g. a version conflict): nothing changed in the case. */
export const TRANSITION_NOT_RECORDED_TYPE = 'TransitionNotRecorded';
export type DomainErrorDetails = [DomainError];
/** The update's `expectedVersion` is not the case's version: nothing changed. `details[0]` is VersionMismatchDetails. */
export const VERSION_MISMATCH_TYPE = 'VersionMismatch';
export interface VersionMismatchDetails {
  readonly expectedVersion: number;
  readonly actualVersion: number;
}

/**
 * Every human step as an Update: the validator runs the decider (pure) so a caller gets an immediate
 * accept or a DomainError; the handler re-decides, records the transition (activity) and evolves the state.
 */
export const executeUpdate: UpdateDefinition<CaseCommandResult, [CaseCommandRequest]> = defineUpdate<
  CaseCommandResult,
  [CaseCommandRequest]
>('execute');

/** The same serialised path for steps that need no answer (attendance notes, absences, evidence). A rejection is kept in `state().rejections`. */
export const submitSignal: SignalDefinition<[CaseCommandRequest]> =
  defineSignal<[CaseCommandRequest]>('submit');

/** A subject's absence (sick leave, vacation, business trip, ...) reported by HR: no answer needed. */
export interface AbsenceReport {
  readonly personRef: string;
  readonly kind: AbsenceKind;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly actor: Actor;
  readonly requestId: string;
}
export const absenceReportedSignal: SignalDefinition<[AbsenceReport]> =
  defineSignal<[AbsenceReport]>('absenceReported');

/**
 * Moves a running case to another decision environment (policy + calendar data): explicit, reasoned, attributed.
 * The workflow records DecisionEnvironmentMigrated through the decider, then decides with `environment`.
 */
export interface EnvironmentMigrationRequest {
  readonly environment: PinnedEnvironment;
  readonly reason: string;
  readonly actor: Actor;
  /** The idempotency key (also the update id). */
  readonly requestId: string;
  readonly traceId?: string;
}
export const migrateEnvironmentUpdate: UpdateDefinition<CaseCommandResult, [EnvironmentMigrationRequest]> =
  defineUpdate<CaseCommandResult, [EnvironmentMigrationRequest]>('migrateEnvironment');

/** The environment a case decides with: its version, calendar data version and policy (null version: legacy). */
export interface CaseEnvironmentView {
  /** null: started before environments were pinned; it decides with the policy and calendar compiled in. */
  readonly version: string | null;
  readonly calendarVersion: string | null;
  readonly policy: PinnedEnvironment['policy'];
}
export const environmentQuery: QueryDefinition<CaseEnvironmentView> =
  defineQuery<CaseEnvironmentView>('environment');

/** The failure type a workflow fails with when its pinned environment is unusable (non-retryable). */
export const INVALID_ENVIRONMENT_TYPE = 'InvalidDecisionEnvironment';

export interface RejectedRequest {
  readonly requestId: string;
  readonly command: CaseCommand['type'];
  readonly error: DomainError;
  readonly at: string;
}

export interface CaseView {
  readonly state: CaseState;
  readonly version: number;
  /** Notices already sent (reminders, escalations, automatic transitions), by key. */
  readonly sentNotices: readonly string[];
  /** Signals the decider refused (a signal has no caller to answer). */
  readonly rejections: readonly RejectedRequest[];
  /** Support and appeal child workflow ids started by this case. */
  readonly children: readonly string[];
  /** The decision environment version the case decides with (null: the compiled default of a legacy case). */
  readonly environmentVersion?: string | null;
}

export interface DeadlineView extends CaseDeadline {
  /** When each of its timers fires (ISO instants), and whether it already fired. */
  readonly timers: readonly { key: string; kind: string; firesAt: string; sent: boolean }[];
}

export const stateQuery: QueryDefinition<CaseView> = defineQuery<CaseView>('state');
export const deadlinesQuery: QueryDefinition<DeadlineView[]> = defineQuery<DeadlineView[]>('deadlines');
export const tasksQuery: QueryDefinition<Partial<Record<TaskRole, OpenTask[]>>> =
  defineQuery<Partial<Record<TaskRole, OpenTask[]>>>('tasks');

/**
 * The case's clock (see case-clock.ts). A query cannot read the present (workflow time stands still between
 * activations), so it gives the timeline: virtual now = origin + (real now - origin) × scale, e.g.
 * `caseClock(view, 0).now()` on the caller's side.
 */
export interface CaseClockView {
  /** Where virtual and real time agree (ISO instant). */
  readonly origin: string;
  /** Virtual milliseconds per real millisecond (1 = real time). */
  readonly scale: number;
  /** The virtual instant the workflow last ran at (its last command, timer or signal), ISO. */
  readonly asOf: string;
}
/** Answered by the case, appeal and support workflows. */
export const caseClockQuery: QueryDefinition<CaseClockView> = defineQuery<CaseClockView>('caseClock');

// ---- support follow-ups (child of the case, or started directly for an assault on duty) ----

/** What wellbeing staff report after a check-in. `worrying` escalates; content never leaves the wellbeing service. */
export interface CheckInOutcome {
  readonly checkInNumber: number;
  readonly outcome: 'completed' | 'worrying' | 'declined';
}
export const checkInOutcomeSignal: SignalDefinition<[CheckInOutcome]> =
  defineSignal<[CheckInOutcome]>('checkInOutcome');
export const consentWithdrawnSignal: SignalDefinition<[{ readonly reason?: string }]> =
  defineSignal<[{ readonly reason?: string }]>('consentWithdrawn');

export interface SupportFollowUpView {
  readonly planId: string;
  readonly checkIns: readonly {
    readonly checkInNumber: number;
    readonly dueAt: string;
    readonly status: 'scheduled' | 'due' | 'completed' | 'worrying' | 'missed' | 'cancelled';
  }[];
  readonly ended: boolean;
}
export const supportStatusQuery: QueryDefinition<SupportFollowUpView> =
  defineQuery<SupportFollowUpView>('supportStatus');

// ---- appeals ----

export interface AppealDecision {
  readonly outcome: 'upheld' | 'cancelled';
  readonly reason: string;
}
/** The parent signals the appeal child once DecideAppeal went through the case's decider. */
export const appealDecidedSignal: SignalDefinition<[AppealDecision]> =
  defineSignal<[AppealDecision]>('appealDecided');

export type { PenaltyKind };
