import type { Absence } from '../clocks/absences';
import type { CommissionMember } from '../commission/membership';
import type { SubjectConsideration } from '../commission/session';
import type { Allegation, EvidenceItem } from '../fairness/evidence-basis';
import type { Finding } from '../fairness/findings';
import type { Party } from '../fairness/parties';
import type { DeclaredInterest } from '../fairness/recusal';
import type { PastCase } from '../fairness/consistency';
import type { Circumstances } from '../penalties/circumstances';
import type { PenaltyDecision } from '../penalties/per-person';
import type { AnswerDecision, ProtectionActItem } from '../protection-act/types';
import type { LocalDate } from '../time/local-date';
import type {
  AppealAddressee,
  ExplanationKind,
  ImpositionBasisKind,
  SignatureOutcome,
  Violation,
} from './state';

/**
 * Everything that can be asked of a case, as serialisable JSON tagged by `type`. The legal date of
 * each act is the Kazakhstan calendar day of the `now` passed to `decide`.
 */
export type CaseCommand =
  /** A report (рапорт) or a notice from another body starts the case (art. 58 p.1). */
  | {
      readonly type: 'ReportCase';
      readonly source: 'report' | 'notice-from-other-body';
      readonly parties: readonly Party[];
      readonly violations: readonly Violation[];
      readonly allegations?: readonly Allegation[];
      readonly evidence?: readonly EvidenceItem[];
    }
  /** art. 57 p.3: a written explanation is demanded from every subject. */
  | { readonly type: 'RequestExplanations' }
  | {
      readonly type: 'RecordExplanation';
      readonly personRef: string;
      readonly kind: ExplanationKind;
      readonly documentRef: string;
    }
  | { readonly type: 'RecordAllegation'; readonly allegation: Allegation }
  | { readonly type: 'AddEvidence'; readonly item: EvidenceItem }
  /** Sick leave, vacation, business trip, treatment or other valid absence of a subject. */
  | { readonly type: 'RecordAbsence'; readonly absence: Absence }
  /** art. 57 p.15: an appeal against the underlying acts or a pending expertise pauses the clocks. */
  | {
      readonly type: 'StartClockPause';
      readonly pauseId: string;
      readonly cause: 'appeal' | 'expertise' | 'pre-trial-investigation';
    }
  | { readonly type: 'EndClockPause'; readonly pauseId: string }
  | { readonly type: 'DeclareInterest'; readonly interest: DeclaredInterest }
  /** art. 58 p.1: ordered by the head or an authorized head. */
  | { readonly type: 'OrderInvestigation'; readonly orderedBy: string; readonly investigatorRef: string }
  | { readonly type: 'ReplaceInvestigator'; readonly investigatorRef: string; readonly reason: string }
  | { readonly type: 'ExtendInvestigation'; readonly days: number; readonly reason: string }
  /** art. 38: suspension with pay during the investigation, at most one month. */
  | { readonly type: 'SuspendFromDuty'; readonly personRef: string; readonly until: LocalDate }
  /** art. 38: the suspension order is shown to the officer against signature within 3 working days. */
  | {
      readonly type: 'RecordSuspensionAnnouncement';
      readonly personRef: string;
      readonly outcome: SignatureOutcome;
    }
  /** art. 58 p.3-1: only with the employee's consent. */
  | { readonly type: 'RecordPolygraph'; readonly personRef: string; readonly consent: boolean }
  /** art. 58 p.9: signs of a crime → materials handed to the competent body at once. */
  | { readonly type: 'HandOverToCompetentBody'; readonly body: string; readonly pauseId: string }
  | {
      readonly type: 'FileProtectionAct';
      readonly personRef: string;
      readonly items: readonly ProtectionActItem[];
    }
  | {
      readonly type: 'RequestProtectionActExtension';
      readonly personRef: string;
      readonly workingDays: number;
      readonly reason: string;
    }
  | {
      readonly type: 'DecideProtectionActExtension';
      readonly personRef: string;
      readonly granted: boolean;
      readonly reason: string;
    }
  | {
      readonly type: 'AnswerProtectionActItem';
      readonly personRef: string;
      readonly itemId: string;
      readonly decision: AnswerDecision;
      readonly reason: string;
      readonly verification?: string;
      readonly answeredBy: string;
    }
  /** art. 58 p.5: findings per person, facts, proposed penalty. */
  | {
      readonly type: 'SubmitConclusion';
      readonly findings: readonly Finding[];
      readonly proposals: readonly PenaltyDecision[];
      readonly circumstances: readonly Circumstances[];
      readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
      readonly symmetricSanctionJustification?: string;
    }
  | { readonly type: 'ReturnConclusion'; readonly reason: string }
  /**
   * art. 58 p.5: the head acting for the ordering head (absent: sick, on leave, replaced) is recorded with the
   * act that appointed them; only then may they approve the conclusion in the ordering head's place.
   */
  | {
      readonly type: 'RecordActingHead';
      readonly actingHeadRef: string;
      readonly basis: string;
    }
  | { readonly type: 'ApproveConclusion'; readonly approvedBy: string }
  | { readonly type: 'RecordFamiliarization'; readonly personRef: string; readonly outcome: SignatureOutcome }
  | {
      readonly type: 'ScheduleCommissionSession';
      readonly members: readonly CommissionMember[];
      readonly sessionOn: LocalDate;
    }
  | {
      readonly type: 'HoldCommissionSession';
      readonly presentRefs: readonly string[];
      readonly considerations: readonly SubjectConsideration[];
      readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
      readonly symmetricSanctionJustification?: string;
      /** Per person: why the outcome departs from comparable cases beyond the policy's band (in the minutes). */
      readonly consistencyReasons?: Readonly<Record<string, string>>;
      /**
       * The record the commission decides on, fetched by the service from the cases projection (never the
       * client's): comparable decided cases and the subjects' penalties in other cases.
       */
      readonly record?: CommissionRecord;
    }
  /** The head's order imposes the penalties (art. 58-1); also the admission fast track (art. 57 p.3). */
  | {
      readonly type: 'IssueOrder';
      readonly issuedBy: string;
      readonly basis: ImpositionBasisKind;
      readonly penalties: readonly PenaltyDecision[];
      /** Required when there is no investigation conclusion (fast track, collegium). */
      readonly findings?: readonly Finding[];
      readonly collegium?: { readonly decisionRef: string; readonly factsFullyEstablished: boolean };
      readonly symmetricSanctionJustification?: string;
    }
  | {
      readonly type: 'EndProceedings';
      readonly reason: 'not-sustained' | 'limitation-expired' | 'commission-recommended-end' | 'other';
      readonly statement: string;
      readonly findings?: readonly Finding[];
    }
  /** art. 57 p.8-9: announced against signature; a refusal is recorded. */
  | {
      readonly type: 'RecordOrderAnnouncement';
      readonly personRef: string;
      readonly outcome: SignatureOutcome;
    }
  | {
      readonly type: 'FileAppeal';
      readonly appealId: string;
      readonly penaltyId: string;
      readonly to: 'higher-official' | 'court';
      /** Whom an appeal to a higher official is addressed to (the service resolves it from the directory). */
      readonly addressee?: AppealAddressee;
    }
  | {
      readonly type: 'DecideAppeal';
      readonly appealId: string;
      readonly outcome: 'upheld' | 'cancelled';
      readonly reason: string;
    }
  | { readonly type: 'LiftPenaltyEarly'; readonly penaltyId: string; readonly reason: string }
  | { readonly type: 'ExpirePenalty'; readonly penaltyId: string }
  | { readonly type: 'RequestWitnessSupport'; readonly personRef: string }
  /**
   * Moves a running case to another decision environment (policy + calendar data, see decision-environment.ts):
   * an explicit, reasoned act, never a side effect of editing the configuration. `from` is the case's current
   * environment version (null: the compiled default of a case started before environments were pinned).
   */
  | {
      readonly type: 'MigrateDecisionEnvironment';
      readonly from: string | null;
      readonly to: string;
      readonly reason: string;
      readonly migratedBy: string;
    };

/** Data from other cases the commission needs (comparable decisions, earlier penalties of the subjects). */
export interface CommissionRecord {
  readonly comparableCases: readonly PastCase[];
  readonly priorPenalties: readonly {
    readonly personRef: string;
    readonly imposedOn: LocalDate;
    readonly endedOn: LocalDate | null;
  }[];
}

export type CaseCommandType = CaseCommand['type'];
export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;
