// One description per case command a case worker sends: its fields (labels from the catalogues, `work.field.*`),
// who sees it among "other actions", how a task prefills it, and the typed generated-client call. The generic
// CommandForm draws and sends them; no rule is decided here: the service accepts or refuses with its article.
import { type CaseState } from '@qorgau/domain';
import { type Api } from '../../api/client';
import { type StepHeaders } from '../../shared/use-case-command';
import { type TaskRow } from '../tasks/task-view';

export type Values = Record<string, string>;
type State = Partial<CaseState>;

export interface Option {
  readonly value: string;
  /** A catalogue key, or the value itself when it is a reference (a person, an item). */
  readonly labelId?: string;
}

export type FieldSpec =
  | {
      readonly name: string;
      readonly type: 'text' | 'identifier' | 'textarea' | 'date' | 'integer';
      readonly optional?: boolean;
    }
  | { readonly name: string; readonly type: 'choice'; readonly options: readonly Option[] }
  | { readonly name: string; readonly type: 'select'; readonly options: (s: State) => readonly Option[] }
  /** Per subject: the facts established and a statement (`facts:<person>`, `statement:<person>`). */
  | { readonly name: 'findings'; readonly type: 'findings' }
  /** Per subject and violation: a penalty or none (`penalty:<person>:<violation>`). */
  | { readonly name: 'proposals' | 'penalties'; readonly type: 'penalty-grid' };

export interface CommandSpec {
  readonly command: string;
  /** The signed-in roles that find this form among the case's other actions. */
  readonly roles: readonly string[];
  readonly fields: readonly FieldSpec[];
  readonly prefill?: (task: TaskRow) => Values;
  /** Asks "are you sure?" first: the step cannot be taken back. */
  readonly confirm?: boolean;
  send(
    api: Api,
    caseId: string,
    v: Values,
    headers: StepHeaders,
    s: State,
  ): Promise<{ data?: unknown; response: Response }>;
}

export const PENALTIES = [
  'remark',
  'reprimand',
  'severe-reprimand',
  'incomplete-compliance-warning',
  'removal-from-post',
  'rank-demotion',
  'dismissal',
  'dismissal-with-loss-of-honours',
  'dismissal-with-loss-of-rank',
] as const;

const choice = (name: string, values: readonly string[], prefix = `work.option.${name}`): FieldSpec => ({
  name,
  type: 'choice',
  options: values.map((value) => ({ value, labelId: `${prefix}.${value}` })),
});
const refs = (values: readonly string[]): Option[] => [...new Set(values)].map((value) => ({ value }));
export const subjectsOf = (s: State): string[] =>
  (s.parties ?? []).filter((p) => p.roles.includes('subject')).map((p) => p.personRef);
const subject: FieldSpec = { name: 'personRef', type: 'select', options: (s) => refs(subjectsOf(s)) };
const reason: FieldSpec = { name: 'reason', type: 'textarea' };
const path = (caseId: string) => ({ caseId });

/** Items of the latest version of each act without an answer for it, as `person|item`. */
export const unansweredItems = (s: State): Option[] =>
  (s.protectionActs ?? []).flatMap((act) => {
    const latest = act.versions.at(-1);
    return (latest?.items ?? [])
      .filter((i) => !act.answers.some((a) => a.itemId === i.id && a.forVersion === latest?.version))
      .map((i) => ({ value: `${act.personRef}|${i.id}` }));
  });

/** Every item of the latest versions, for the conclusion's references (it must reference each one). */
const itemReferences = (s: State): Record<string, string[]> =>
  Object.fromEntries(
    (s.protectionActs ?? []).map((act) => [
      act.personRef,
      (act.versions.at(-1)?.items ?? []).map((i) => i.id),
    ]),
  );

/** The grid's chosen penalties, in subject then violation order. */
export const chosenPenalties = (v: Values, s: State) =>
  subjectsOf(s).flatMap((personRef) =>
    (s.violations ?? [])
      .filter((x) => x.subjectRefs.includes(personRef))
      .flatMap((x) => {
        const penalty = v[`penalty:${personRef}:${x.id}`];
        return penalty && penalty !== 'none'
          ? [{ personRef, violationId: x.id, penalty: penalty as (typeof PENALTIES)[number] }]
          : [];
      }),
  );

const findingsOf = (v: Values, s: State) =>
  subjectsOf(s).map((personRef) => ({
    personRef,
    facts: (v[`facts:${personRef}`] ?? '') as 'established' | 'partly-established' | 'not-established',
    statement: v[`statement:${personRef}`] ?? '',
  }));

/** The commission as the head names it: the chair, the secretary, then one member per line. */
const membersOf = (v: Values) => [
  { personRef: (v.chairRef ?? '').trim(), role: 'chair' as const },
  { personRef: (v.secretaryRef ?? '').trim(), role: 'secretary' as const },
  ...(v.memberRefs ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((personRef) => ({ personRef, role: 'member' as const })),
];

const optionalText = (value: string | undefined) => (value?.trim() ? value : undefined);

export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    command: 'RequestExplanations',
    roles: ['head'],
    fields: [],
    send: (api, caseId, _v, h) =>
      api.cases.POST('/cases/{caseId}/explanations/request', {
        params: { path: path(caseId), header: h },
        body: {},
      }),
  },
  {
    command: 'RecordExplanation',
    roles: ['head', 'investigator'],
    fields: [
      subject,
      choice('kind', ['admission', 'denial', 'refusal'], 'case.explanations.kind'),
      { name: 'documentRef', type: 'identifier' },
    ],
    prefill: (t) => ({ personRef: t.personRef ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/explanations', {
        params: { path: path(caseId), header: h },
        body: {
          personRef: v.personRef ?? '',
          kind: v.kind as 'admission' | 'denial' | 'refusal',
          documentRef: v.documentRef ?? '',
        },
      }),
  },
  {
    command: 'OrderInvestigation',
    roles: ['head'],
    fields: [{ name: 'investigatorRef', type: 'identifier' }],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/investigation', {
        params: { path: path(caseId), header: h },
        body: { investigatorRef: v.investigatorRef ?? '' },
      }),
  },
  {
    command: 'ReplaceInvestigator',
    roles: ['head'],
    fields: [{ name: 'investigatorRef', type: 'identifier' }, reason],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/investigation/investigator', {
        params: { path: path(caseId), header: h },
        body: { investigatorRef: v.investigatorRef ?? '', reason: v.reason ?? '' },
      }),
  },
  {
    command: 'ExtendInvestigation',
    roles: ['head'],
    fields: [{ name: 'days', type: 'integer' }, reason],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/investigation/extensions', {
        params: { path: path(caseId), header: h },
        body: { days: Number(v.days || Number.NaN), reason: v.reason ?? '' },
      }),
  },
  {
    command: 'AddEvidence',
    roles: ['head', 'investigator'],
    fields: [
      { name: 'evidenceId', type: 'identifier' },
      choice('evidenceKind', [
        'recording',
        'documented-injury',
        'medical-report',
        'witness-statement',
        'party-statement',
        'document',
        'other',
      ]),
      { name: 'description', type: 'textarea' },
    ],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/evidence', {
        params: { path: path(caseId), header: h },
        body: {
          id: v.evidenceId ?? '',
          kind: v.evidenceKind as 'document',
          description: v.description ?? '',
          allegationIds: [],
        },
      }),
  },
  {
    command: 'AnswerProtectionActItem',
    roles: ['investigator'],
    fields: [
      { name: 'item', type: 'select', options: unansweredItems },
      choice(
        'decision',
        ['granted', 'partly-granted', 'refused', 'verification-performed'],
        'pa.answer.decision',
      ),
      reason,
      { name: 'verification', type: 'textarea', optional: true },
    ],
    prefill: (t) => ({ item: t.personRef && t.itemId ? `${t.personRef}|${t.itemId}` : '' }),
    send: (api, caseId, v, h) => {
      const [personRef = '', itemId = ''] = (v.item ?? '').split('|');
      return api.cases.POST('/cases/{caseId}/protection-acts/{personRef}/items/{itemId}/answer', {
        params: { path: { caseId, personRef, itemId }, header: h },
        body: {
          decision: v.decision as 'refused',
          reason: v.reason ?? '',
          verification: optionalText(v.verification),
        },
      });
    },
  },
  {
    command: 'DecideProtectionActExtension',
    roles: ['head'],
    fields: [
      {
        name: 'personRef',
        type: 'select',
        options: (s) =>
          refs((s.protectionActs ?? []).filter((a) => a.window.pendingRequest).map((a) => a.personRef)),
      },
      choice('granted', ['yes', 'no']),
      reason,
    ],
    prefill: (t) => ({ personRef: t.personRef ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/protection-acts/{personRef}/extension-decision', {
        params: { path: { caseId, personRef: v.personRef ?? '' }, header: h },
        body: { granted: v.granted === 'yes', reason: v.reason ?? '' },
      }),
  },
  {
    command: 'SubmitConclusion',
    roles: ['investigator'],
    fields: [
      { name: 'findings', type: 'findings' },
      { name: 'proposals', type: 'penalty-grid' },
      { name: 'symmetricSanctionJustification', type: 'textarea', optional: true },
    ],
    confirm: true,
    send: (api, caseId, v, h, s) =>
      api.cases.POST('/cases/{caseId}/conclusion', {
        params: { path: path(caseId), header: h },
        body: {
          findings: findingsOf(v, s),
          proposals: chosenPenalties(v, s),
          circumstances: [],
          protectionActReferences: itemReferences(s),
          symmetricSanctionJustification: optionalText(v.symmetricSanctionJustification),
        },
      }),
  },
  {
    command: 'ApproveConclusion',
    roles: ['head'],
    fields: [],
    confirm: true,
    send: (api, caseId, _v, h) =>
      api.cases.POST('/cases/{caseId}/conclusion/approval', {
        params: { path: path(caseId), header: h },
        body: {},
      }),
  },
  {
    command: 'ReturnConclusion',
    roles: ['head'],
    fields: [reason],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/conclusion/return', {
        params: { path: path(caseId), header: h },
        body: { reason: v.reason ?? '' },
      }),
  },
  {
    command: 'RecordFamiliarization',
    roles: ['head', 'investigator'],
    fields: [subject, choice('outcome', ['signed', 'refused'])],
    prefill: (t) => ({ personRef: t.personRef ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/familiarizations', {
        params: { path: path(caseId), header: h },
        body: { personRef: v.personRef ?? '', outcome: v.outcome as 'signed' | 'refused' },
      }),
  },
  {
    command: 'RecordAbsence',
    roles: ['head'],
    fields: [
      subject,
      choice(
        'absenceKind',
        ['sick-leave', 'vacation', 'business-trip', 'medical-treatment', 'other-valid-absence'],
        'pause',
      ),
      { name: 'from', type: 'date' },
      { name: 'to', type: 'date' },
    ],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/absences', {
        params: { path: path(caseId), header: h },
        body: {
          personRef: v.personRef ?? '',
          kind: v.absenceKind as 'sick-leave',
          from: v.from ?? '',
          to: v.to ?? '',
        },
      }),
  },
  {
    command: 'StartClockPause',
    roles: ['head'],
    fields: [
      { name: 'pauseId', type: 'identifier' },
      choice('cause', ['appeal', 'expertise', 'pre-trial-investigation'], 'pause'),
    ],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/clock-pauses', {
        params: { path: path(caseId), header: h },
        body: { pauseId: v.pauseId ?? '', cause: v.cause as 'expertise' },
      }),
  },
  {
    command: 'EndClockPause',
    roles: ['head'],
    fields: [
      {
        name: 'pauseId',
        type: 'select',
        options: (s) => refs((s.pauses ?? []).filter((p) => !p.to).map((p) => p.pauseId)),
      },
    ],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/clock-pauses/{pauseId}/end', {
        params: { path: { caseId, pauseId: v.pauseId ?? '' }, header: h },
        body: {},
      }),
  },
  {
    command: 'ScheduleCommissionSession',
    roles: ['head'],
    fields: [
      { name: 'chairRef', type: 'identifier' },
      { name: 'secretaryRef', type: 'identifier' },
      { name: 'memberRefs', type: 'textarea' },
      { name: 'sessionOn', type: 'date' },
    ],
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/commission/session', {
        params: { path: path(caseId), header: h },
        body: { members: membersOf(v), sessionOn: v.sessionOn ?? '' },
      }),
  },
  {
    command: 'IssueOrder',
    roles: ['head'],
    fields: [
      choice('basis', ['admission', 'investigation', 'collegium']),
      { name: 'penalties', type: 'penalty-grid' },
    ],
    confirm: true,
    send: (api, caseId, v, h, s) =>
      api.cases.POST('/cases/{caseId}/order', {
        params: { path: path(caseId), header: h },
        body: { basis: v.basis as 'investigation', penalties: chosenPenalties(v, s) },
      }),
  },
  {
    command: 'RecordOrderAnnouncement',
    roles: ['head'],
    fields: [
      {
        name: 'personRef',
        type: 'select',
        options: (s) =>
          refs((s.penalties ?? []).filter((p) => p.announcedOn === null).map((p) => p.personRef)),
      },
      choice('outcome', ['signed', 'refused']),
    ],
    prefill: (t) => ({ personRef: t.personRef ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/order/announcements', {
        params: { path: path(caseId), header: h },
        body: { personRef: v.personRef ?? '', outcome: v.outcome as 'signed' | 'refused' },
      }),
  },
  {
    command: 'DecideAppeal',
    roles: ['higher-official'],
    fields: [
      {
        name: 'appealId',
        type: 'select',
        options: (s) => refs((s.appeals ?? []).filter((a) => a.status === 'pending').map((a) => a.appealId)),
      },
      choice('appealOutcome', ['upheld', 'cancelled']),
      reason,
    ],
    confirm: true,
    prefill: (t) => ({ appealId: t.appealId ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/appeals/{appealId}/decision', {
        params: { path: { caseId, appealId: v.appealId ?? '' }, header: h },
        body: { outcome: v.appealOutcome as 'upheld' | 'cancelled', reason: v.reason ?? '' },
      }),
  },
  {
    command: 'LiftPenaltyEarly',
    roles: ['head'],
    fields: [
      {
        name: 'penaltyId',
        type: 'select',
        options: (s) =>
          refs((s.penalties ?? []).filter((p) => p.status === 'active').map((p) => p.penaltyId)),
      },
      reason,
    ],
    confirm: true,
    prefill: (t) => ({ penaltyId: t.penaltyId ?? '' }),
    send: (api, caseId, v, h) =>
      api.cases.POST('/cases/{caseId}/penalties/{penaltyId}/early-lifting', {
        params: { path: { caseId, penaltyId: v.penaltyId ?? '' }, header: h },
        body: { reason: v.reason ?? '' },
      }),
  },
];

export const specOf = (command: string): CommandSpec | undefined =>
  COMMAND_SPECS.find((s) => s.command === command);
