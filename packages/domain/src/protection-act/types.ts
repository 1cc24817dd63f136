import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/local-date';

/** The six sections of the Protection Act, in order (DOMAIN.md, "The Protection Act"). */
export const PROTECTION_ACT_SECTIONS = [
  'objections',
  'procedural-violations',
  'verification-requests',
  'questionable-evidence',
  'legal-justification',
  'protection-evidence',
] as const;

export type ProtectionActSection = (typeof PROTECTION_ACT_SECTIONS)[number];

export const VERIFICATION_ACTIONS = ['witness', 'expert', 'document', 'recording'] as const;
export type VerificationAction = (typeof VERIFICATION_ACTIONS)[number];

/** A file attached as protection evidence; the service computes the hash, the domain keeps it. */
export interface Attachment {
  readonly name: string;
  /** `sha256:` followed by 64 lowercase hex digits. */
  readonly contentHash: string;
  readonly mediaType?: string;
}

interface ItemBase {
  /** Stable across versions: an amendment that keeps an id amends that item. */
  readonly id: string;
}

/** 1. An objection or comment on an investigation material. */
export interface ObjectionItem extends ItemBase {
  readonly section: 'objections';
  readonly materialRef: string;
  readonly text: string;
}
/** 2. An alleged procedural violation: which rule, at which step. */
export interface ProceduralViolationItem extends ItemBase {
  readonly section: 'procedural-violations';
  readonly rule: string;
  readonly step: string;
  readonly text: string;
}
/** 3. A request for an additional verification action. */
export interface VerificationRequestItem extends ItemBase {
  readonly section: 'verification-requests';
  readonly action: VerificationAction;
  readonly target: string;
  readonly text: string;
}
/** 4. Evidence the subject holds inadmissible or questionable, and why. */
export interface QuestionableEvidenceItem extends ItemBase {
  readonly section: 'questionable-evidence';
  readonly evidenceRef: string;
  readonly reason: string;
}
/** 5. Legal justification: citations of regulatory acts. */
export interface LegalJustificationItem extends ItemBase {
  readonly section: 'legal-justification';
  readonly citations: readonly string[];
  readonly text: string;
}
/** 6. Protection evidence: attachments with content hashes. */
export interface ProtectionEvidenceItem extends ItemBase {
  readonly section: 'protection-evidence';
  readonly attachments: readonly Attachment[];
  readonly text: string;
}

export type ProtectionActItem =
  | ObjectionItem
  | ProceduralViolationItem
  | VerificationRequestItem
  | QuestionableEvidenceItem
  | LegalJustificationItem
  | ProtectionEvidenceItem;

/** One filing; amendments are new versions and nothing is overwritten. */
export interface ProtectionActVersion {
  readonly version: number;
  readonly filedAt: Instant;
  readonly filedOn: LocalDate;
  readonly items: readonly ProtectionActItem[];
}

export type AnswerDecision = 'granted' | 'partly-granted' | 'refused' | 'verification-performed';

/** A reasoned answer to one item; `forVersion` is the version the answer was given against. */
export interface ItemAnswer {
  readonly itemId: string;
  readonly decision: AnswerDecision;
  readonly reason: string;
  /** What was verified and how, for 'verification-performed'. */
  readonly verification?: string;
  readonly answeredBy: string;
  readonly answeredAt: Instant;
  readonly forVersion: number;
}

export interface WindowExtensionRequest {
  readonly requestedOn: LocalDate;
  readonly workingDays: number;
  readonly reason: string;
}

export interface WindowExtensionDecision extends WindowExtensionRequest {
  readonly granted: boolean;
  readonly decidedOn: LocalDate;
  readonly decisionReason: string;
  /** Closing day after the decision. */
  readonly closesOn: LocalDate;
}

/** The filing window: a minimum preparation time with reminders, extendable on a reasoned request. */
export interface ProtectionActWindow {
  readonly opensOn: LocalDate;
  /** The closing day before any extension: the minimum preparation time. */
  readonly initialClosesOn: LocalDate;
  readonly closesOn: LocalDate;
  readonly reminders: readonly LocalDate[];
  readonly extensions: readonly WindowExtensionDecision[];
  readonly pendingRequest: WindowExtensionRequest | null;
  /** Set while a clock pause that began before the closing day runs: the window cannot close until it ends. */
  readonly pausedSince?: LocalDate | null;
}

/** Everything about one subject's Protection Act. */
export interface ProtectionActRecord {
  readonly personRef: string;
  readonly window: ProtectionActWindow;
  readonly versions: readonly ProtectionActVersion[];
  readonly answers: readonly ItemAnswer[];
}
