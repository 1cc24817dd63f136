import type { Absence } from '../clocks/absences';
import type { ClockPause } from '../clocks/clock';
import type { InvestigationExtension } from '../clocks/investigation';
import type { EndedProceeding, MisconductGravity } from '../clocks/limitation';
import type { SubjectRecommendation } from '../commission/session';
import type { CommissionMember } from '../commission/membership';
import type { Allegation, EvidenceBasisFlag, EvidenceItem } from '../fairness/evidence-basis';
import type { Finding } from '../fairness/findings';
import type { Party } from '../fairness/parties';
import type { DeclaredInterest } from '../fairness/recusal';
import type { RestorationPlan } from '../fairness/restoration';
import type { Circumstances } from '../penalties/circumstances';
import type { CommissionMinutesEntry } from './events';
import type { PenaltyKind, SeverityClass } from '../penalties/ladder';
import type { PenaltyDecision } from '../penalties/per-person';
import type { ProtectionActRecord } from '../protection-act/types';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/local-date';

/**
 * Where a case stands. Report → explanation → (admission fast track → order) or (investigation with the
 * Protection Act window → conclusion → approval → familiarization → [commission] → order) → active
 * penalties (announcement, appeals, early lifting, expiry) → closed. Proceedings can end before an order.
 */
export type CaseStage =
  | 'none'
  | 'reported'
  | 'explanation-requested'
  | 'investigation'
  | 'conclusion-submitted'
  | 'conclusion-approved'
  | 'familiarized'
  | 'commission-scheduled'
  | 'commission-decided'
  | 'order-issued'
  | 'penalty-active'
  | 'closed';

/** One alleged disciplinary violation; limitation clocks run per violation. */
export interface Violation {
  readonly id: string;
  readonly description: string;
  /** For consistency comparisons, e.g. 'conflict-between-colleagues'. */
  readonly misconductType: string;
  readonly gravity: MisconductGravity;
  readonly committedOn: LocalDate;
  /** The day the direct superior learned of it (art. 57 p.10). */
  readonly discoveredOn: LocalDate;
  readonly subjectRefs: readonly string[];
}

export type ExplanationKind = 'admission' | 'denial' | 'refusal';

/** art. 57 p.3: a written explanation (admission or denial), or an act recording a refusal (art. 58 p.7). */
export interface Explanation {
  readonly personRef: string;
  readonly kind: ExplanationKind;
  readonly documentRef: string;
  readonly recordedOn: LocalDate;
}

export interface CasePause extends ClockPause {
  readonly pauseId: string;
}

/** A head acting for the ordering head, on the recorded act (`basis`) that appointed them. */
export interface ActingHead {
  readonly actingHeadRef: string;
  readonly forRef: string;
  readonly basis: string;
  readonly recordedOn: LocalDate;
}

export interface InvestigationState {
  readonly orderedOn: LocalDate;
  readonly orderedBy: string;
  /** Heads acting for the ordering head (absent in cases recorded before acting heads existed). */
  readonly actingHeads?: readonly ActingHead[];
  readonly investigatorRef: string;
  readonly dueOn: LocalDate;
  readonly extensions: readonly InvestigationExtension[];
  readonly endedOn: LocalDate | null;
}

export interface Suspension {
  readonly personRef: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly announcementDueOn: LocalDate;
  /** art. 38: the day the suspension order was shown to the officer (or the refusal recorded); absent/null: not yet. */
  readonly announcedOn?: LocalDate | null;
  readonly announcementOutcome?: SignatureOutcome | null;
}

export type SignatureOutcome = 'signed' | 'refused';

export interface ConclusionState {
  readonly submittedOn: LocalDate;
  readonly investigatorRef: string;
  readonly findings: readonly Finding[];
  readonly proposals: readonly PenaltyDecision[];
  readonly circumstances: readonly Circumstances[];
  readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
  readonly symmetricSanctionJustification: string | null;
  readonly evidenceBasisFlags: readonly EvidenceBasisFlag[];
  readonly approvalDueOn: LocalDate;
  readonly approvedOn: LocalDate | null;
  readonly approvedBy: string | null;
  readonly familiarizationDueOn: LocalDate | null;
  readonly familiarizations: readonly {
    readonly personRef: string;
    readonly on: LocalDate;
    readonly outcome: SignatureOutcome;
  }[];
}

export interface CommissionState {
  readonly members: readonly CommissionMember[];
  readonly notifiedOn: LocalDate;
  readonly sessionOn: LocalDate;
  readonly heldOn: LocalDate | null;
  readonly presentRefs: readonly string[];
  readonly recommendations: readonly SubjectRecommendation[];
  readonly protectionActReferences: Readonly<Record<string, readonly string[]>>;
  readonly symmetricSanctionJustification: string | null;
  /** What the commission saw and decided on per person (absent in sessions held before rule revision 1). */
  readonly minutes?: readonly CommissionMinutesEntry[];
}

export type ImpositionBasisKind = 'admission' | 'investigation' | 'collegium';

export interface OrderState {
  readonly issuedOn: LocalDate;
  readonly issuedBy: string;
  readonly basis: ImpositionBasisKind;
  readonly collegiumDecisionRef: string | null;
  readonly findings: readonly Finding[];
  readonly notPenalizedRefs: readonly string[];
  readonly symmetricSanctionJustification: string | null;
  readonly announcementDueOn: LocalDate;
}

export type PenaltyStatus = 'active' | 'expired' | 'lifted-early' | 'cancelled';

export interface PenaltyRecord {
  readonly penaltyId: string;
  readonly personRef: string;
  readonly violationId: string;
  readonly penalty: PenaltyKind;
  readonly severity: SeverityClass;
  readonly imposedOn: LocalDate;
  readonly expiresOn: LocalDate;
  /** Earliest early lifting (art. 55); null: never (gross). */
  readonly earlyLiftingFrom: LocalDate | null;
  readonly announcedOn: LocalDate | null;
  readonly announcement: SignatureOutcome | null;
  readonly appealDueOn: LocalDate | null;
  readonly status: PenaltyStatus;
  readonly endedOn: LocalDate | null;
}

/**
 * The higher official an appeal is addressed to (art. 57 p.19-21), as the directory placed them when it was filed:
 * their unit and every unit above it, so who may read and decide it never changes with a later reorganisation.
 */
export interface AppealAddressee {
  readonly personRef: string;
  readonly unitId: string;
  readonly aboveUnitIds: readonly string[];
}

export interface AppealRecord {
  readonly appealId: string;
  readonly penaltyId: string;
  readonly personRef: string;
  readonly to: 'higher-official' | 'court';
  /** For an appeal to a higher official; absent in appeals filed before addressees were recorded. */
  readonly addressee?: AppealAddressee;
  readonly filedOn: LocalDate;
  readonly status: 'pending' | 'upheld' | 'cancelled';
  readonly decidedOn: LocalDate | null;
  readonly reason: string | null;
}

export interface CaseState {
  readonly caseId: string;
  readonly stage: CaseStage;
  readonly lastEventAt: Instant | null;
  readonly source: 'report' | 'notice-from-other-body' | null;
  readonly reportedOn: LocalDate | null;
  readonly parties: readonly Party[];
  readonly violations: readonly Violation[];
  readonly allegations: readonly Allegation[];
  readonly evidence: readonly EvidenceItem[];
  readonly evidenceBasisFlags: readonly EvidenceBasisFlag[];
  readonly explanationDueOn: LocalDate | null;
  readonly explanations: readonly Explanation[];
  readonly absences: readonly Absence[];
  readonly pauses: readonly CasePause[];
  readonly endedProceedings: readonly EndedProceeding[];
  readonly interests: readonly DeclaredInterest[];
  readonly investigation: InvestigationState | null;
  readonly protectionActs: readonly ProtectionActRecord[];
  readonly suspensions: readonly Suspension[];
  readonly polygraphs: readonly { readonly personRef: string; readonly on: LocalDate }[];
  readonly handedOverTo: string | null;
  readonly conclusion: ConclusionState | null;
  readonly commission: CommissionState | null;
  readonly order: OrderState | null;
  readonly penalties: readonly PenaltyRecord[];
  readonly appeals: readonly AppealRecord[];
  readonly restorations: readonly RestorationPlan[];
  readonly supportPlanIds: readonly string[];
  readonly witnessSupportRequests: readonly string[];
  readonly endedReason: string | null;
  readonly closedOn: LocalDate | null;
}

export const initialCaseState = (caseId: string): CaseState => ({
  caseId,
  stage: 'none',
  lastEventAt: null,
  source: null,
  reportedOn: null,
  parties: [],
  violations: [],
  allegations: [],
  evidence: [],
  evidenceBasisFlags: [],
  explanationDueOn: null,
  explanations: [],
  absences: [],
  pauses: [],
  endedProceedings: [],
  interests: [],
  investigation: null,
  protectionActs: [],
  suspensions: [],
  polygraphs: [],
  handedOverTo: null,
  conclusion: null,
  commission: null,
  order: null,
  penalties: [],
  appeals: [],
  restorations: [],
  supportPlanIds: [],
  witnessSupportRequests: [],
  endedReason: null,
  closedOn: null,
});

export const subjectRefsOf = (state: CaseState): string[] =>
  state.parties.filter((p) => p.roles.includes('subject')).map((p) => p.personRef);
