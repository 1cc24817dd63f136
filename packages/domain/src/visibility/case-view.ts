import { type CaseState, type CommissionState, type ConclusionState } from '../lifecycle/state';

/**
 * How a reader is tied to a case (cases-service derives these from role *and* relation). `party` is any
 * applicant/subject/witness; a subject also holds `subject`. An auditor reads everything, every read audited.
 */
export type CaseViewerRelation =
  | 'unit-head'
  | 'auditor'
  | 'assigned-investigator'
  | 'commission-on-agenda'
  | 'appeal-official'
  | 'subject'
  | 'party';

export interface CaseViewer {
  readonly personRef: string;
  readonly relations: readonly CaseViewerRelation[];
}

/** What one reader may see of a case: the projection with withheld fields left out and per-person lists cut. */
export type CaseView = { readonly [K in keyof CaseState]?: CaseState[K] };

type R = CaseViewerRelation;
type Keep<K extends keyof CaseState> = (
  value: NonNullable<CaseState[K]>,
  viewer: CaseViewer,
  state: CaseState,
) => CaseState[K];

interface FieldRule<K extends keyof CaseState> {
  /** Relations that see the field whole. */
  readonly full: readonly R[];
  /** Relations that see only what concerns themselves (their own entries). */
  readonly own?: { readonly for: readonly R[]; readonly keep: Keep<K> };
}

const EVERYONE: readonly R[] = [
  'unit-head',
  'auditor',
  'assigned-investigator',
  'commission-on-agenda',
  'appeal-official',
  'subject',
  'party',
];
/** Everyone who decides or checks the case: the ordering head, the auditor, the investigator, the commission, the appeal. */
const DECIDERS: readonly R[] = [
  'unit-head',
  'auditor',
  'assigned-investigator',
  'commission-on-agenda',
  'appeal-official',
];
/** The deciders and the subjects: procedural clocks and guarantees run for and against the subject. */
const DECIDERS_AND_SUBJECTS: readonly R[] = [...DECIDERS, 'subject'];
const PARTIES: readonly R[] = ['subject', 'party'];

const mine =
  <T>(ref: (item: T) => string) =>
  (items: readonly T[], viewer: CaseViewer): T[] =>
    items.filter((item) => ref(item) === viewer.personRef);

const mineBy = <T extends { readonly personRef: string }>() => mine<T>((item) => item.personRef);

const ownRecord = <V>(record: Readonly<Record<string, V>>, me: string): Record<string, V> =>
  me in record ? { [me]: record[me] as V } : {};

type ConclusionParts = Pick<
  ConclusionState,
  'findings' | 'proposals' | 'circumstances' | 'protectionActReferences' | 'evidenceBasisFlags'
>;

/** The subject's share of the conclusion: their findings, proposal, circumstances, answers referenced (art. 58 p.8). */
export const ownConclusionParts = <C extends ConclusionParts>(c: C, me: string): C => ({
  ...c,
  findings: c.findings.filter((f) => f.personRef === me),
  proposals: c.proposals.filter((p) => p.personRef === me),
  circumstances: c.circumstances.filter((x) => x.personRef === me),
  protectionActReferences: ownRecord(c.protectionActReferences, me),
  // Identical penalties for several parties: the justification speaks of another person's penalty (art. 42).
  symmetricSanctionJustification: null,
  evidenceBasisFlags: c.evidenceBasisFlags.filter((f) => f.againstRef === me),
});

type CommissionParts = Pick<CommissionState, 'recommendations' | 'protectionActReferences' | 'minutes'>;

/** The session as a non-member sees it: who sits and when (recusal, notice art. 58-1); a subject also their own vote. */
export const ownCommissionParts = <C extends CommissionParts>(c: C, viewer: CaseViewer): C => {
  const me = viewer.personRef;
  const subject = viewer.relations.includes('subject');
  return {
    ...c,
    recommendations: subject ? c.recommendations.filter((r) => r.personRef === me) : [],
    protectionActReferences: subject ? ownRecord(c.protectionActReferences, me) : {},
    symmetricSanctionJustification: null,
    // Circumstances, earlier penalties and the consistency review are personal-file data (art. 42).
    ...(c.minutes ? { minutes: subject ? c.minutes.filter((m) => m.personRef === me) : [] } : {}),
  };
};

/**
 * Who sees which field of the projection, with the legal reason (DOMAIN.md). Personal-file data is confidential
 * (art. 42): a field not granted is left out; `own` keeps only the reader's entries.
 */
export const CASE_VIEW_RULES: { readonly [K in keyof CaseState]: FieldRule<K> } = {
  // The frame of the case: everyone related may know which case it is and where it stands.
  caseId: { full: EVERYONE },
  stage: { full: EVERYONE },
  lastEventAt: { full: EVERYONE },
  source: { full: EVERYONE },
  reportedOn: { full: EVERYONE },
  // Role differentiation: a decision states findings per person, so who is applicant/subject/witness is the frame.
  parties: { full: EVERYONE },
  // What is alleged is what the applicant reported and the witness is heard about (art. 58 p.1).
  violations: { full: EVERYONE },
  // Deciders weigh every allegation; a party sees those they made or that are made against them.
  allegations: {
    full: DECIDERS,
    own: {
      for: PARTIES,
      keep: (v, { personRef: me }) => v.filter((a) => a.byRef === me || a.againstRef === me),
    },
  },
  // The subject may object to any material (art. 58 p.7, Protection Act sections 1 and 4); a witness sees what they gave.
  evidence: { full: DECIDERS_AND_SUBJECTS, own: { for: ['party'], keep: mine((e) => e.witnessRef ?? '') } },
  // Flagged to the investigator and the commission; the subject it protects sees the flag on allegations against them.
  evidenceBasisFlags: { full: DECIDERS, own: { for: ['subject'], keep: mine((f) => f.againstRef) } },
  // The explanation is demanded from the subject (art. 57 p.3): their deadline.
  explanationDueOn: { full: DECIDERS_AND_SUBJECTS },
  // Explanations are investigation materials for deciders; another person's explanation is their personal file.
  explanations: { full: DECIDERS, own: { for: PARTIES, keep: mineBy() } },
  // Vacation, treatment, trips: recorded by the head, excluded from the investigation month (art. 58 p.4); else own.
  absences: {
    full: ['unit-head', 'auditor', 'assigned-investigator'],
    own: { for: PARTIES, keep: mineBy() },
  },
  // Pauses and ended proceedings move the limitation clocks that protect the subject (art. 57 p.10-15).
  pauses: { full: DECIDERS_AND_SUBJECTS },
  endedProceedings: { full: DECIDERS_AND_SUBJECTS },
  // Recusal (art. 58 p.2): deciders check every interest; a party sees interests declared towards them.
  interests: {
    full: DECIDERS,
    own: {
      for: PARTIES,
      keep: (v, { personRef: me }) => v.filter((i) => i.partyRef === me || i.participantRef === me),
    },
  },
  // Who investigates and the one-month term (art. 58 p.4) concern every party.
  investigation: { full: EVERYONE },
  // Deciders answer and reference every item (conclusion, commission); a subject sees only their own act and answers.
  protectionActs: { full: DECIDERS, own: { for: ['subject'], keep: mineBy() } },
  // Suspension is a personnel measure ordered by the head (art. 38): the head and the suspended person.
  suspensions: { full: ['unit-head', 'auditor'], own: { for: PARTIES, keep: mineBy() } },
  // Polygraph only with consent (art. 58 p.3-1): part of the materials for deciders; a party sees their own.
  polygraphs: { full: DECIDERS, own: { for: PARTIES, keep: mineBy() } },
  // Criminal signs handed over (art. 58 p.9): deciders, and the subject whose clocks pause.
  handedOverTo: { full: DECIDERS_AND_SUBJECTS },
  // The conclusion is for the deciders; the subject is shown their part of it (art. 58 p.8).
  conclusion: {
    full: DECIDERS,
    own: {
      for: ['subject'],
      keep: (c, { personRef: me }) => ({
        ...ownConclusionParts(c, me),
        familiarizations: c.familiarizations.filter((f) => f.personRef === me),
      }),
    },
  },
  // Votes and recommendations are for the commission, the head who orders and the appeal; others see the sitting.
  commission: {
    full: ['unit-head', 'auditor', 'commission-on-agenda', 'appeal-official'],
    own: { for: ['assigned-investigator', ...PARTIES], keep: ownCommissionParts },
  },
  // The order imposes each penalty separately (art. 57 p.5-6): others see its date and basis and their own finding.
  order: {
    full: ['unit-head', 'auditor', 'appeal-official'],
    own: {
      for: ['assigned-investigator', 'commission-on-agenda', ...PARTIES],
      keep: (o, { personRef: me }) => ({
        ...o,
        findings: o.findings.filter((f) => f.personRef === me),
        notPenalizedRefs: o.notPenalizedRefs.filter((r) => r === me),
        symmetricSanctionJustification: null,
      }),
    },
  },
  // A penalty is personal-file data (art. 42): the head imposes, the appeal weighs it against the gravity (art. 57 p.19-21).
  penalties: { full: ['unit-head', 'auditor', 'appeal-official'], own: { for: PARTIES, keep: mineBy() } },
  appeals: { full: ['unit-head', 'auditor', 'appeal-official'], own: { for: PARTIES, keep: mineBy() } },
  // Restoration: the head sends the notice of findings and the HR follow-up; the cleared officer sees their own.
  restorations: { full: ['unit-head', 'auditor'], own: { for: PARTIES, keep: mineBy() } },
  // Offered on the head's decision to every applicant and subject (no wellbeing data: that stays behind the wall);
  // investigators, the commission and the appeal have no part in support.
  supportPlanIds: {
    full: ['unit-head', 'auditor'],
    own: {
      for: PARTIES,
      keep: (ids, viewer, state) => ids.filter((id) => id === planIdOf(viewer.personRef, state.caseId)),
    },
  },
  // Support for a witness is asked by the head or the witness themself.
  witnessSupportRequests: { full: ['unit-head', 'auditor'], own: { for: PARTIES, keep: mine((r) => r) } },
  // The outcome: every related person learns how the case ended.
  endedReason: { full: EVERYONE },
  closedOn: { full: EVERYONE },
};

/** A case's support plan ids are `support-<personRef>-<caseId>` (support/support-plan.ts). */
const planIdOf = (personRef: string, caseId: string): string => `support-${personRef}-${caseId}`;

export type FieldAccess = 'full' | 'own' | 'none';

/** The widest access any of the reader's relations gives to one field. */
export function accessTo(field: keyof CaseState, viewer: CaseViewer): FieldAccess {
  const rule = CASE_VIEW_RULES[field] as FieldRule<typeof field>;
  if (viewer.relations.some((r) => rule.full.includes(r))) return 'full';
  if (rule.own && viewer.relations.some((r) => rule.own!.for.includes(r))) return 'own';
  return 'none';
}

function viewField<K extends keyof CaseState>(state: CaseState, field: K, viewer: CaseViewer) {
  const access = accessTo(field, viewer);
  if (access === 'none') return { shown: false as const };
  const value = state[field];
  if (access === 'full' || value === null) return { shown: true as const, value };
  const keep = (CASE_VIEW_RULES[field] as FieldRule<K>).own!.keep;
  return { shown: true as const, value: keep(value as NonNullable<CaseState[K]>, viewer, state) };
}

/** The projection as one reader may see it (art. 42); a field the reader may not see is left out. */
export function caseViewFor(state: CaseState, viewer: CaseViewer): CaseView {
  const view: Partial<Record<keyof CaseState, unknown>> = {};
  for (const field of Object.keys(CASE_VIEW_RULES) as (keyof CaseState)[]) {
    const seen = viewField(state, field, viewer);
    if (seen.shown) view[field] = seen.value;
  }
  return view as CaseView;
}

/** The fields left out of a reader's view (so a client can tell "withheld" from "none"). */
export const withheldFields = (viewer: CaseViewer): (keyof CaseState)[] =>
  (Object.keys(CASE_VIEW_RULES) as (keyof CaseState)[]).filter((f) => accessTo(f, viewer) === 'none');
