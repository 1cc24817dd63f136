import type { Absence } from '../clocks/absences';
import type { ClockAnswer, ClockName } from '../clocks/clock';
import type { InvestigationExtension } from '../clocks/investigation';
import type { EndedProceeding } from '../clocks/limitation';
import type { CommissionMember } from '../commission/membership';
import type { SubjectRecommendation } from '../commission/session';
import type { Allegation, EvidenceBasisFlag, EvidenceItem } from '../fairness/evidence-basis';
import type { Finding } from '../fairness/findings';
import type { Party } from '../fairness/parties';
import type { DeclaredInterest } from '../fairness/recusal';
import type { RestorationPlan } from '../fairness/restoration';
import type { ConsistencyReview } from '../fairness/consistency';
import type { CircumstanceLine, Circumstances } from '../penalties/circumstances';
import type { PenaltyDecision } from '../penalties/per-person';
import type { ItemAnswer, ProtectionActVersion, ProtectionActWindow } from '../protection-act/types';
import type { SupportPlan } from '../support/support-plan';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/local-date';
import type {
  ActingHead,
  AppealRecord,
  CasePause,
  Explanation,
  ImpositionBasisKind,
  PenaltyRecord,
  SignatureOutcome,
  Suspension,
  Violation,
} from './state';

/** One person's part of the minutes: the circumstances and the consistency review the decision was made on. */
export interface CommissionMinutesEntry {
  readonly personRef: string;
  readonly circumstances: readonly CircumstanceLine[];
  /** art. 57 p.2-2: a penalty from another case was in force when the violation was committed. */
  readonly repeatWhilePenaltyActive: boolean;
  readonly consistency: ConsistencyReview;
}

/** Every event carries its case, the instant, and the Kazakhstan calendar day it happened on. */
export interface EventMeta {
  readonly caseId: string;
  readonly at: Instant;
  readonly on: LocalDate;
}

type E<T extends string, P> = { readonly type: T } & EventMeta & P;

/** What happened to a case: serialisable JSON carrying everything `evolve` needs (no recomputation there). */
export type CaseEvent =
  | E<
      'CaseReported',
      {
        readonly source: 'report' | 'notice-from-other-body';
        readonly parties: readonly Party[];
        readonly violations: readonly Violation[];
        readonly allegations: readonly Allegation[];
        readonly evidence: readonly EvidenceItem[];
      }
    >
  | E<'EvidenceBasisFlagsChanged', { readonly flags: readonly EvidenceBasisFlag[] }>
  | E<'ExplanationsRequested', { readonly dueOn: LocalDate; readonly clock: ClockAnswer }>
  | E<'ExplanationRecorded', { readonly explanation: Explanation }>
  | E<'AllegationRecorded', { readonly allegation: Allegation }>
  | E<'EvidenceAdded', { readonly item: EvidenceItem }>
  | E<'AbsenceRecorded', { readonly absence: Absence; readonly investigationDueOn: LocalDate | null }>
  | E<'ClockPauseStarted', { readonly pause: CasePause }>
  | E<
      'ClockPauseEnded',
      { readonly pauseId: string; readonly to: LocalDate; readonly endedProceeding: EndedProceeding | null }
    >
  | E<'InterestDeclared', { readonly interest: DeclaredInterest }>
  | E<
      'InvestigationOrdered',
      {
        readonly orderedBy: string;
        readonly investigatorRef: string;
        readonly dueOn: LocalDate;
        readonly clock: ClockAnswer;
        readonly protectionActWindows: readonly {
          readonly personRef: string;
          readonly window: ProtectionActWindow;
        }[];
      }
    >
  | E<'InvestigatorReplaced', { readonly investigatorRef: string; readonly reason: string }>
  | E<'InvestigationExtended', { readonly extension: InvestigationExtension; readonly dueOn: LocalDate }>
  | E<'SubjectSuspended', { readonly suspension: Suspension }>
  | E<'SuspensionAnnounced', { readonly personRef: string; readonly outcome: SignatureOutcome }>
  | E<'PolygraphRecorded', { readonly personRef: string }>
  | E<'MaterialsHandedOver', { readonly body: string; readonly pause: CasePause }>
  | E<'ProtectionActFiled', { readonly personRef: string; readonly version: ProtectionActVersion }>
  | E<'ProtectionActExtensionRequested', { readonly personRef: string; readonly window: ProtectionActWindow }>
  | E<'ProtectionActExtensionDecided', { readonly personRef: string; readonly window: ProtectionActWindow }>
  /** The subject's absence or a clock pause moved the window's closing day (or holds it open while paused). */
  | E<'ProtectionActWindowMoved', { readonly personRef: string; readonly window: ProtectionActWindow }>
  | E<'ProtectionActItemAnswered', { readonly personRef: string; readonly answer: ItemAnswer }>
  | E<
      'ConclusionSubmitted',
      {
        readonly investigatorRef: string;
        readonly findings: readonly Finding[];
        readonly proposals: readonly PenaltyDecision[];
        readonly circumstances: readonly Circumstances[];
        readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
        readonly symmetricSanctionJustification: string | null;
        readonly evidenceBasisFlags: readonly EvidenceBasisFlag[];
        readonly approvalDueOn: LocalDate;
        readonly endedProceeding: EndedProceeding;
      }
    >
  | E<'ConclusionReturned', { readonly reason: string }>
  | E<'ActingHeadRecorded', { readonly actingHead: ActingHead }>
  | E<'ConclusionApproved', { readonly approvedBy: string; readonly familiarizationDueOn: LocalDate }>
  | E<'FamiliarizationRecorded', { readonly personRef: string; readonly outcome: SignatureOutcome }>
  | E<
      'CommissionSessionScheduled',
      {
        readonly members: readonly CommissionMember[];
        readonly sessionOn: LocalDate;
        readonly earliestSessionOn: LocalDate;
      }
    >
  | E<
      'CommissionSessionHeld',
      {
        readonly presentRefs: readonly string[];
        readonly recommendations: readonly SubjectRecommendation[];
        readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
        readonly symmetricSanctionJustification: string | null;
        /** What the commission saw per person: circumstances, repeat offence, comparable cases (rule revision 1). */
        readonly minutes?: readonly CommissionMinutesEntry[];
      }
    >
  | E<
      'OrderIssued',
      {
        readonly issuedBy: string;
        readonly basis: ImpositionBasisKind;
        readonly collegiumDecisionRef: string | null;
        readonly findings: readonly Finding[];
        readonly penalties: readonly PenaltyRecord[];
        readonly notPenalizedRefs: readonly string[];
        readonly symmetricSanctionJustification: string | null;
        readonly announcementDueOn: LocalDate;
      }
    >
  | E<
      'ProceedingsEnded',
      { readonly reason: string; readonly statement: string; readonly findings: readonly Finding[] }
    >
  | E<'RestorationStarted', { readonly plans: readonly RestorationPlan[] }>
  | E<'SupportPlansOffered', { readonly plans: readonly SupportPlan[] }>
  | E<'WitnessSupportRequested', { readonly personRef: string }>
  | E<
      'OrderAnnounced',
      { readonly personRef: string; readonly outcome: SignatureOutcome; readonly appealDueOn: LocalDate }
    >
  | E<'AppealFiled', { readonly appeal: AppealRecord }>
  | E<
      'AppealDecided',
      { readonly appealId: string; readonly outcome: 'upheld' | 'cancelled'; readonly reason: string }
    >
  | E<'PenaltyLiftedEarly', { readonly penaltyId: string; readonly reason: string }>
  | E<'PenaltyExpired', { readonly penaltyId: string }>
  | E<'CaseClosed', { readonly reason: string }>
  /** The case's decisions use another policy/calendar from now on (an audited migration). */
  | E<
      'DecisionEnvironmentMigrated',
      {
        readonly from: string | null;
        readonly to: string;
        readonly reason: string;
        readonly migratedBy: string;
      }
    >
  /** A procedural term was missed: recorded and visible, never silently ignored. */
  | E<
      'ProcedureDeadlineMissed',
      { readonly clock: ClockName; readonly dueOn: LocalDate; readonly citation: string }
    >;

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
