/**
 * The `patched()` id of rule revision 1 (issue 16): the Protection Act window follows absences and pauses, an
 * appeal period ends on a working day, the chair breaks any tie among the leading options. Histories recorded
 * before it run under revision 0 (see DecisionEnvironment.ruleRevision) and still replay.
 */
export const LEGAL_GAPS_PATCH = 'legal-gaps-rule-revision-1';

/**
 * The `patched()` id of rule revision 2 (issue 16): each subject's matter runs on its own track (fast-track order
 * or investigation) in the one case. Histories recorded before it run under revision 1.
 */
export const SEPARATE_TRACKS_PATCH = 'separate-tracks-rule-revision-2';

/**
 * The `patched()` id of the cross-case lapse (issue 16, art. 57 p.17): at a penalty's lapse the workflow reads the
 * officer's penalties in other cases. Expiries recorded before it decided on the case's own state.
 */
export const CROSS_CASE_LAPSE_PATCH = 'cross-case-penalty-lapse';
