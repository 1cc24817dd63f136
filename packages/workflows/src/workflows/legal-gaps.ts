/**
 * The `patched()` id of rule revision 1 (issue 16): the Protection Act window follows absences and pauses, an
 * appeal period ends on a working day, the chair breaks any tie among the leading options. Histories recorded
 * before it run under revision 0 (see DecisionEnvironment.ruleRevision) and still replay.
 */
export const LEGAL_GAPS_PATCH = 'legal-gaps-rule-revision-1';
