import type { Reason, ReasonKey } from '../errors/reasons';
import type { WorkingCalendar } from '../calendar/day-info';
import { kazakhstanCalendar } from '../calendar/kz-calendar';
import { domainError, type DomainError, type ErrorParams } from '../errors/domain-error';
import type { ErrorCode } from '../errors/codes';
import { DEFAULT_POLICY, type DomainPolicy } from '../policy';
import { err, ok, type Result } from '../result';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/local-date';
import type { CaseEvent, EventMeta } from './events';
import type { CaseState } from './state';

/** What decisions depend on besides the state and the command: the policy and the working calendar. */
export interface DecisionEnvironment {
  readonly policy: DomainPolicy;
  readonly calendar: WorkingCalendar;
  /**
   * The revision of the rules a case runs under (absent: the current one). Workflows started before a revision
   * keep the earlier rules where they would change timing (workflow versioning): 0 is before issue 16, where the
   * Protection Act window ignored absences and pauses, an appeal period could end on a day off and only a two-way
   * tie went to the chair; 1 is before separate tracks per subject (tracks.ts), where one order decided everyone.
   */
  readonly ruleRevision?: number;
}

export const CURRENT_RULE_REVISION = 2;

/** Whether the case runs under `revision` or later. */
export const rulesSince = (env: DecisionEnvironment, revision: number): boolean =>
  (env.ruleRevision ?? CURRENT_RULE_REVISION) >= revision;

export const DEFAULT_ENVIRONMENT: DecisionEnvironment = {
  policy: DEFAULT_POLICY,
  calendar: kazakhstanCalendar,
};

export interface DecisionContext {
  readonly state: CaseState;
  readonly now: Instant;
  /** The Kazakhstan calendar day of `now`: the legal date of the act. */
  readonly today: LocalDate;
  readonly env: DecisionEnvironment;
  readonly meta: EventMeta;
}

export type Decision = Result<CaseEvent[], DomainError>;

export const accept = (...events: CaseEvent[]): Decision => ok(events);
export const reject = (code: ErrorCode, params: ErrorParams = {}): Decision => err(domainError(code, params));
export const rejectWith = (error: DomainError): Decision => err(error);
/** Refuses the command's content for a keyed reason (never free text: the reader sees it in kk, ru or en). */
export const invalid = (why: ReasonKey | Reason): Decision =>
  reject('INVALID_COMMAND', typeof why === 'string' ? { reason: why } : why);

/** The first error among lazily evaluated checks, so later checks may assume earlier ones passed. */
export function firstError(...checks: (() => DomainError | undefined)[]): DomainError | undefined {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return undefined;
}

export const filled = (s: unknown): s is string => typeof s === 'string' && s.trim().length > 0;
