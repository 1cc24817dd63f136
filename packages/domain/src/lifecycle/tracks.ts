import type { Party } from '../fairness/parties';
import { rulesSince, type DecisionEnvironment } from './context';
import { subjectRefsOf, type CaseStage, type CaseState } from './state';

/**
 * Rule revision 2 (issue 16): every subject's matter runs on its own track in the one case. A subject who admitted
 * in writing may be ordered on the fast track (art. 57 p.3) while the others' explanations lead to an
 * investigation; the order decides only the people it names, and the case closes when every track has ended.
 * Before it, the first order or end of proceedings decided every subject at once.
 */
export const SEPARATE_TRACKS_REVISION = 2;

export const separateTracks = (env: DecisionEnvironment): boolean =>
  rulesSince(env, SEPARATE_TRACKS_REVISION);

/**
 * Subjects an order or an end of proceedings has already decided. Cases recorded before tracks existed decided
 * everyone with their one order, so an issued order there means all of them.
 */
export const decidedRefsOf = (s: CaseState): readonly string[] =>
  (s as Partial<Pick<CaseState, 'decidedRefs'>>).decidedRefs ?? (s.order !== null ? subjectRefsOf(s) : []);

/** Subjects whose track is still open: not yet penalized, cleared or released by any decision. */
export const openSubjectRefsOf = (s: CaseState): string[] => {
  const decided = decidedRefsOf(s);
  return subjectRefsOf(s).filter((ref) => !decided.includes(ref));
};

/** The parties a decision must state findings for: everyone except subjects on another, still open track. */
export const partiesInScope = (s: CaseState, scopeRefs: readonly string[]): Party[] => {
  const elsewhere = subjectRefsOf(s).filter((ref) => !scopeRefs.includes(ref));
  return s.parties.filter((p) => !elsewhere.includes(p.personRef));
};

/** A fast-track order for the subjects who admitted may come while the others' investigation runs. */
export const FAST_TRACK_STAGES: readonly CaseStage[] = ['explanation-requested', 'investigation'];

/** The stage after a decision: unchanged while some subject's track is open, else the penalty phase or closed. */
export const stageAfterDecision = (s: CaseState, otherwise: CaseStage): CaseStage => {
  if (openSubjectRefsOf(s).length > 0) return s.stage;
  if (!s.penalties.some((p) => p.status === 'active')) return otherwise;
  return s.penalties.every((p) => p.announcedOn !== null) ? 'penalty-active' : 'order-issued';
};
