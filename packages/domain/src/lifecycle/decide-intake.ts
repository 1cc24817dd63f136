import { investigationClock } from '../clocks/investigation';
import { explanationClock } from '../clocks/procedural';
import {
  ALLEGATION_KINDS,
  EVIDENCE_KINDS,
  evidenceBasisFlags,
  type Allegation,
  type EvidenceItem,
} from '../fairness/evidence-basis';
import { hasRole, PARTY_ROLES, type Party } from '../fairness/parties';
import { supportPlansForDecision } from '../support/support-plan';
import { isLocalDate, isAfter } from '../time/local-date';
import { reason, type Reason, type ReasonKey } from '../errors/reasons';
import { accept, filled, invalid, reject, type Decision, type DecisionContext } from './context';
import type { CommandOf } from './commands';
import type { CaseEvent } from './events';
import type { CaseState, Violation } from './state';

const GRAVITIES = ['ordinary', 'gross', 'discrediting', 'ethics'];
const ABSENCE_KINDS = ['sick-leave', 'vacation', 'business-trip', 'medical-treatment', 'other-valid-absence'];

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

function partiesProblem(parties: readonly Party[]): ReasonKey | Reason | undefined {
  if (parties.length === 0) return 'PARTIES_MISSING';
  if (
    !parties.every(
      (p) => filled(p.personRef) && p.roles.length > 0 && p.roles.every((r) => PARTY_ROLES.includes(r)),
    )
  ) {
    return 'PARTY_INCOMPLETE';
  }
  if (!unique(parties.map((p) => p.personRef))) return 'PARTY_LISTED_TWICE';
  return parties.some((p) => p.roles.includes('subject')) ? undefined : 'SUBJECT_MISSING';
}

function violationProblem(
  v: Violation,
  parties: readonly Party[],
  today: string,
): ReasonKey | Reason | undefined {
  if (!filled(v.id) || !filled(v.description) || !filled(v.misconductType)) return 'VIOLATION_INCOMPLETE';
  if (!GRAVITIES.includes(v.gravity)) return reason('VIOLATION_GRAVITY_UNKNOWN', { id: v.id });
  if (!isLocalDate(v.committedOn) || !isLocalDate(v.discoveredOn))
    return reason('VIOLATION_DATES_MALFORMED', { id: v.id });
  if (isAfter(v.committedOn, v.discoveredOn) || isAfter(v.discoveredOn, today)) {
    return reason('VIOLATION_DATES_OUT_OF_ORDER', { id: v.id });
  }
  return v.subjectRefs.length > 0 && v.subjectRefs.every((ref) => hasRole(parties, ref, 'subject'))
    ? undefined
    : reason('VIOLATION_NAMES_NON_SUBJECT', { id: v.id });
}

export function allegationProblem(
  a: Allegation,
  state: Pick<CaseState, 'parties' | 'allegations'>,
): ReasonKey | Reason | undefined {
  if (!filled(a.id) || !filled(a.description) || !ALLEGATION_KINDS.includes(a.kind)) {
    return 'ALLEGATION_INCOMPLETE';
  }
  if (state.allegations.some((x) => x.id === a.id)) return reason('ALLEGATION_ID_DUPLICATE', { id: a.id });
  const isParty = (ref: string) => state.parties.some((p) => p.personRef === ref);
  return isParty(a.byRef) && isParty(a.againstRef)
    ? undefined
    : reason('ALLEGATION_NAMES_NON_PARTY', { id: a.id });
}

export function evidenceProblem(
  e: EvidenceItem,
  state: Pick<CaseState, 'allegations' | 'evidence'>,
): ReasonKey | Reason | undefined {
  if (!filled(e.id) || !filled(e.description) || !EVIDENCE_KINDS.includes(e.kind)) {
    return 'EVIDENCE_INCOMPLETE';
  }
  if (state.evidence.some((x) => x.id === e.id)) return reason('EVIDENCE_ID_DUPLICATE', { id: e.id });
  return e.allegationIds.every((id) => state.allegations.some((a) => a.id === id))
    ? undefined
    : reason('EVIDENCE_ALLEGATION_UNKNOWN', { id: e.id });
}

/** Recomputes the evidence-basis flags and emits a change event when they differ. */
export function flagsChange(
  ctx: DecisionContext,
  next: Pick<CaseState, 'allegations' | 'evidence' | 'parties'>,
): CaseEvent[] {
  const flags = evidenceBasisFlags(next.allegations, next.evidence, next.parties);
  return JSON.stringify(flags) === JSON.stringify(ctx.state.evidenceBasisFlags)
    ? []
    : [{ type: 'EvidenceBasisFlagsChanged', ...ctx.meta, flags }];
}

export function reportCase(ctx: DecisionContext, c: CommandOf<'ReportCase'>): Decision {
  if (c.source !== 'report' && c.source !== 'notice-from-other-body') return invalid('SOURCE_UNKNOWN');
  const partyProblem = partiesProblem(c.parties);
  if (partyProblem) return invalid(partyProblem);
  if (c.violations.length === 0 || !unique(c.violations.map((v) => v.id)))
    return invalid('VIOLATION_IDS_NOT_UNIQUE');
  const vProblem = c.violations.map((v) => violationProblem(v, c.parties, ctx.today)).find(Boolean);
  if (vProblem) return invalid(vProblem);
  let draft: Pick<CaseState, 'parties' | 'allegations' | 'evidence'> = {
    parties: c.parties,
    allegations: [],
    evidence: [],
  };
  for (const a of c.allegations ?? []) {
    const problem = allegationProblem(a, draft);
    if (problem) return invalid(problem);
    draft = { ...draft, allegations: [...draft.allegations, a] };
  }
  for (const e of c.evidence ?? []) {
    const problem = evidenceProblem(e, draft);
    if (problem) return invalid(problem);
    draft = { ...draft, evidence: [...draft.evidence, e] };
  }
  return accept(
    {
      type: 'CaseReported',
      ...ctx.meta,
      source: c.source,
      parties: c.parties,
      violations: c.violations,
      allegations: draft.allegations,
      evidence: draft.evidence,
    },
    ...flagsChange(ctx, draft),
  );
}

export function requestExplanations(ctx: DecisionContext): Decision {
  const { calendar, policy } = ctx.env;
  const clock = explanationClock(calendar, ctx.today, policy.explanationDeadlineWorkingDays);
  return accept({ type: 'ExplanationsRequested', ...ctx.meta, dueOn: clock.dueOn, clock });
}

export function recordExplanation(ctx: DecisionContext, c: CommandOf<'RecordExplanation'>): Decision {
  if (!hasRole(ctx.state.parties, c.personRef, 'subject'))
    return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (!['admission', 'denial', 'refusal'].includes(c.kind) || !filled(c.documentRef)) {
    return invalid('EXPLANATION_KIND_INVALID');
  }
  if (ctx.state.explanations.some((e) => e.personRef === c.personRef)) {
    return reject('EXPLANATION_ALREADY_RECORDED', { person: c.personRef });
  }
  return accept({
    type: 'ExplanationRecorded',
    ...ctx.meta,
    explanation: { personRef: c.personRef, kind: c.kind, documentRef: c.documentRef, recordedOn: ctx.today },
  });
}

export function recordAllegation(ctx: DecisionContext, c: CommandOf<'RecordAllegation'>): Decision {
  const problem = allegationProblem(c.allegation, ctx.state);
  if (problem) return invalid(problem);
  const next = { ...ctx.state, allegations: [...ctx.state.allegations, c.allegation] };
  return accept(
    { type: 'AllegationRecorded', ...ctx.meta, allegation: c.allegation },
    ...flagsChange(ctx, next),
  );
}

export function addEvidence(ctx: DecisionContext, c: CommandOf<'AddEvidence'>): Decision {
  const problem = evidenceProblem(c.item, ctx.state);
  if (problem) return invalid(problem);
  const next = { ...ctx.state, evidence: [...ctx.state.evidence, c.item] };
  return accept({ type: 'EvidenceAdded', ...ctx.meta, item: c.item }, ...flagsChange(ctx, next));
}

export function recordAbsence(ctx: DecisionContext, c: CommandOf<'RecordAbsence'>): Decision {
  const a = c.absence;
  if (!hasRole(ctx.state.parties, a.personRef, 'subject'))
    return reject('UNKNOWN_PARTY', { person: a.personRef });
  if (
    !ABSENCE_KINDS.includes(a.kind) ||
    !isLocalDate(a.from) ||
    !isLocalDate(a.to) ||
    isAfter(a.from, a.to)
  ) {
    return invalid('ABSENCE_INVALID');
  }
  const inv = ctx.state.investigation;
  const investigationDueOn =
    inv && inv.endedOn === null
      ? investigationClock({
          orderedOn: inv.orderedOn,
          subjectAbsences: [...ctx.state.absences, a],
          extensions: inv.extensions,
          asOf: ctx.today,
        }).dueOn
      : null;
  return accept({ type: 'AbsenceRecorded', ...ctx.meta, absence: a, investigationDueOn });
}

export function startClockPause(ctx: DecisionContext, c: CommandOf<'StartClockPause'>): Decision {
  if (!filled(c.pauseId) || ctx.state.pauses.some((p) => p.pauseId === c.pauseId))
    return invalid('PAUSE_ID_NOT_UNIQUE');
  if (!['appeal', 'expertise', 'pre-trial-investigation'].includes(c.cause))
    return invalid('PAUSE_CAUSE_UNKNOWN');
  return accept({
    type: 'ClockPauseStarted',
    ...ctx.meta,
    pause: { pauseId: c.pauseId, cause: c.cause, from: ctx.today },
  });
}

export function endClockPause(ctx: DecisionContext, c: CommandOf<'EndClockPause'>): Decision {
  const pause = ctx.state.pauses.find((p) => p.pauseId === c.pauseId && p.to === undefined);
  if (!pause) return invalid(reason('NO_RUNNING_PAUSE', { pauseId: c.pauseId }));
  return accept({
    type: 'ClockPauseEnded',
    ...ctx.meta,
    pauseId: c.pauseId,
    to: ctx.today,
    endedProceeding:
      pause.cause === 'pre-trial-investigation'
        ? { kind: 'pre-trial-investigation', endedOn: ctx.today }
        : null,
  });
}

export function declareInterest(ctx: DecisionContext, c: CommandOf<'DeclareInterest'>): Decision {
  const i = c.interest;
  if (!filled(i.participantRef) || !ctx.state.parties.some((p) => p.personRef === i.partyRef)) {
    return invalid('INTEREST_NOT_IN_CASE');
  }
  if (!['relative', 'line-manager', 'subordinate', 'personal-interest', 'other'].includes(i.kind)) {
    return invalid('INTEREST_KIND_UNKNOWN');
  }
  return accept({ type: 'InterestDeclared', ...ctx.meta, interest: i });
}

export function requestWitnessSupport(ctx: DecisionContext, c: CommandOf<'RequestWitnessSupport'>): Decision {
  const s = ctx.state;
  if (!hasRole(s.parties, c.personRef, 'witness')) return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (s.witnessSupportRequests.includes(c.personRef))
    return invalid(reason('SUPPORT_ALREADY_REQUESTED', { person: c.personRef }));
  const requested: CaseEvent = { type: 'WitnessSupportRequested', ...ctx.meta, personRef: c.personRef };
  if (s.supportPlanIds.length === 0) return accept(requested);
  const plans = supportPlansForDecision({
    caseId: s.caseId,
    parties: s.parties.filter((p) => p.personRef === c.personRef),
    decidedOn: ctx.today,
    witnessRequests: [c.personRef],
    offsetsDays: ctx.env.policy.supportCheckInOffsetsDays,
  }).filter((p) => !s.supportPlanIds.includes(p.planId));
  return accept(
    requested,
    ...(plans.length > 0 ? [{ type: 'SupportPlansOffered' as const, ...ctx.meta, plans }] : []),
  );
}
