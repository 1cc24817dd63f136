import type { AbsenceKind } from '../clocks/absences';
import type { ClockName, ClockReason, PauseCause } from '../clocks/clock';
import type { CaseCommandType } from '../lifecycle/commands';
import type { CaseDeadline } from '../lifecycle/queries';
import type { CaseState } from '../lifecycle/state';
import { accessTo, CASE_VIEW_RULES, type CaseViewer, type CaseViewerRelation } from './case-view';

type R = CaseViewerRelation;

/** Who sees a deadline or task whole, and who only the ones naming themselves (`personRef` is the reader). */
export interface ScheduleRule {
  readonly full: readonly R[];
  readonly own: readonly R[];
}

/** The rule of a projection field, so a clock or task is seen exactly as the data it is about. */
const asField = (field: keyof CaseState): ScheduleRule => {
  const rule = CASE_VIEW_RULES[field] as {
    readonly full: readonly R[];
    readonly own?: { readonly for: readonly R[] };
  };
  return { full: rule.full, own: rule.own?.for ?? [] };
};

/** The limitation clocks run per subject and violation (art. 57 p.10-15): the deciders, and the subject they protect. */
const LIMITATION: ScheduleRule = { full: asField('allegations').full, own: ['subject'] };
/** Penalty clocks (announcement, appeal, expiry, early lifting) are personal-file data (art. 42, art. 56-57). */
const PENALTY = asField('penalties');

/**
 * Which reader sees which running clock of a case (`caseDeadlines`), with the legal reason. A clock naming a person
 * (`personRef`) is seen as the data it counts from; a reader with only `own` access sees the ones naming them.
 */
export const DEADLINE_RULES: { readonly [C in ClockName]: ScheduleRule } = {
  // The investigation month and the conclusion's approval and familiarization terms (art. 58 p.4-5, p.8) are the
  // case's own: every related person may know them, like the investigation itself.
  investigation: asField('investigation'),
  'conclusion-approval': asField('investigation'),
  'conclusion-familiarization': asField('investigation'),
  // The explanation is demanded from the subject (art. 57 p.3).
  explanation: asField('explanationDueOn'),
  'limitation-from-discovery': LIMITATION,
  'limitation-from-commission': LIMITATION,
  'limitation-after-proceeding': LIMITATION,
  // Another subject's Protection Act window is theirs: deciders answer every act, a subject sees their own.
  'protection-act-window': asField('protectionActs'),
  'order-announcement': PENALTY,
  'penalty-expiry': PENALTY,
  'early-lifting': PENALTY,
  appeal: PENALTY,
  // Suspension is a personnel measure (art. 38): the head and the suspended person.
  suspension: asField('suspensions'),
  'suspension-announcement': asField('suspensions'),
  // The notice of the session (art. 58-1): the commission and the head; a party the notice addressed to them.
  'commission-notice': { full: asField('commission').full, own: ['subject', 'party'] },
};

/**
 * The projection field each task naming a person is about: a task is seen as that data is. A task of a command not
 * listed here that names a person is treated as personal-file data, like a penalty.
 */
export const TASK_FIELDS: Partial<Record<CaseCommandType, keyof CaseState>> = {
  RecordExplanation: 'explanations',
  FileProtectionAct: 'protectionActs',
  RequestProtectionActExtension: 'protectionActs',
  DecideProtectionActExtension: 'protectionActs',
  AnswerProtectionActItem: 'protectionActs',
  RecordFamiliarization: 'conclusion',
  RecordOrderAnnouncement: 'penalties',
  FileAppeal: 'penalties',
  LiftPenaltyEarly: 'penalties',
  DecideAppeal: 'appeals',
  SuspendFromDuty: 'suspensions',
  RecordSuspensionAnnouncement: 'suspensions',
  RecordAbsence: 'absences',
  RecordPolygraph: 'polygraphs',
  RequestWitnessSupport: 'witnessSupportRequests',
};

const seesWhole = (rule: ScheduleRule, viewer: CaseViewer): boolean =>
  viewer.relations.some((r) => rule.full.includes(r));
const seesOwn = (rule: ScheduleRule, viewer: CaseViewer): boolean =>
  viewer.relations.some((r) => rule.own.includes(r));

/** Whether one running clock may be shown to the reader (art. 42). */
export function canSeeDeadline(deadline: CaseDeadline, viewer: CaseViewer): boolean {
  const rule = DEADLINE_RULES[deadline.clock.clock];
  if (seesWhole(rule, viewer)) return true;
  return deadline.personRef === viewer.personRef && seesOwn(rule, viewer);
}

const ABSENCE_CAUSES: readonly PauseCause[] = [
  'sick-leave',
  'vacation',
  'business-trip',
  'medical-treatment',
  'other-valid-absence',
] satisfies readonly AbsenceKind[];

const namesAnAbsence = (reason: ClockReason): boolean =>
  (reason.kind === 'paused' || reason.kind === 'still-paused') && ABSENCE_CAUSES.includes(reason.cause);

/**
 * The deadlines one reader may see. The investigation month does not run during a subject's sick leave, vacation or
 * trip (art. 58 p.4): a reader who may not see everyone's absences gets the clock's due date and the total paused
 * days, without whose absence it was, of which kind and when (art. 42).
 */
export function deadlinesFor<D extends CaseDeadline>(deadlines: readonly D[], viewer: CaseViewer): D[] {
  const allAbsences = accessTo('absences', viewer) === 'full';
  return deadlines
    .filter((d) => canSeeDeadline(d, viewer))
    .map((d) => {
      if (allAbsences || d.personRef === viewer.personRef || !d.clock.why.some(namesAnAbsence)) return d;
      return { ...d, clock: { ...d.clock, why: d.clock.why.filter((w) => !namesAnAbsence(w)) } };
    });
}

/** The part of an open task (the workflow's `OpenTask`) the rules read. */
export interface CaseTask {
  readonly command: CaseCommandType;
  /** The person expected to act, when the case names one. */
  readonly assigneeRef: string | null;
  /** Whom the task concerns (a subject, a Protection Act's author, a penalized person). */
  readonly personRef?: string;
}

/**
 * Whether one open task may be shown to the reader: a task naming nobody is a step of the case everyone related may
 * follow; a task about a person is seen as the data it is about (whoever is to do it: the rules already let the
 * head, the investigator and the appeal official see what they act on, and a subject their own).
 */
export function canSeeTask(task: CaseTask, viewer: CaseViewer): boolean {
  if (task.personRef === undefined) return true;
  const access = accessTo(TASK_FIELDS[task.command] ?? 'penalties', viewer);
  return access === 'full' || (access === 'own' && task.personRef === viewer.personRef);
}

export const tasksFor = <T extends CaseTask>(tasks: readonly T[], viewer: CaseViewer): T[] =>
  tasks.filter((t) => canSeeTask(t, viewer));

/** The `tasks` query's shape (open tasks by the role expected to act) as one reader may see it; empty roles left out. */
export function tasksByRoleFor<K extends string, T extends CaseTask>(
  byRole: Partial<Record<K, readonly T[]>>,
  viewer: CaseViewer,
): Partial<Record<K, T[]>> {
  const out: Partial<Record<K, T[]>> = {};
  for (const role of Object.keys(byRole) as K[]) {
    const seen = tasksFor(byRole[role] ?? [], viewer);
    if (seen.length > 0) out[role] = seen;
  }
  return out;
}
