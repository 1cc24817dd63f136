// What the case reads answer, typed from the domain's own types (type-only: nothing of the domain's code is
// bundled; the services compute every rule). The reader's view may leave fields out (`withheld`).
import type {
  CaseDeadline,
  CaseStage,
  CaseState,
  ItemAnswer,
  ProtectionActItem,
  ProtectionActSection,
} from '@qorgau/domain';

export type { CaseDeadline, ItemAnswer, ProtectionActItem, ProtectionActSection };

export interface CaseRead {
  readonly caseId: string;
  readonly unitId: string;
  readonly version: number;
  readonly stage: CaseStage;
  readonly state: Partial<CaseState>;
  readonly withheld: readonly string[];
}

export interface TimelineEntry {
  readonly seq: number;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
}

export type TaskRole = 'head' | 'investigator' | 'subject' | 'commission' | 'higher-official';

/** One open step of the case (/tasks answers them by role). */
export interface OpenTaskView {
  readonly role: TaskRole;
  readonly command: string;
  readonly assigneeRef: string | null;
  readonly personRef?: string;
  readonly itemId?: string;
  readonly penaltyId?: string;
  readonly optional: boolean;
}

/** A deadline as /deadlines answers; `workingDaysLeft` when the service counts it (the app never does). */
export type DeadlineRead = CaseDeadline & { readonly workingDaysLeft?: number };

/** The six sections in the order of the law (art. 58 p.7). */
export const SECTIONS = [
  'objections',
  'procedural-violations',
  'verification-requests',
  'questionable-evidence',
  'legal-justification',
  'protection-evidence',
] as const satisfies readonly ProtectionActSection[];
