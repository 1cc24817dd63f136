import {
  isWindowOpen,
  subjectRefsOf,
  type CaseCommandType,
  type CaseState,
  type LocalDate,
} from '@qorgau/domain';

/** Who is expected to act. `commission` is its secretary/chair; `higher-official` decides appeals. */
export type TaskRole = 'head' | 'investigator' | 'subject' | 'commission' | 'higher-official';

export interface OpenTask {
  readonly role: TaskRole;
  /** The person expected to act, when the case names one. */
  readonly assigneeRef: string | null;
  /** The command that completes the task. */
  readonly command: CaseCommandType;
  /** Whom the task concerns (a subject, a Protection Act item's author). */
  readonly personRef?: string;
  readonly itemId?: string;
  readonly penaltyId?: string;
  readonly appealId?: string;
  /** A right the person may use (filing a Protection Act, an appeal), not a duty. */
  readonly optional: boolean;
}

const task = (t: Omit<OpenTask, 'optional'> & { optional?: boolean }): OpenTask => ({
  optional: false,
  ...t,
});

/** The open tasks per role, derived from the state alone (pure). `today` is the Kazakhstan calendar day. */
export function openTasks(s: CaseState, today: LocalDate): OpenTask[] {
  const head = s.investigation?.orderedBy ?? s.order?.issuedBy ?? null;
  const investigator = s.investigation?.investigatorRef ?? null;
  const subjects = subjectRefsOf(s);
  const out: OpenTask[] = [];
  // art. 38: a suspension order is shown to the officer within 3 working days, whatever the stage.
  if (s.stage !== 'closed')
    for (const x of s.suspensions.filter((y) => !y.announcedOn))
      out.push(
        task({
          role: 'head',
          assigneeRef: head,
          command: 'RecordSuspensionAnnouncement',
          personRef: x.personRef,
        }),
      );
  switch (s.stage) {
    case 'reported':
      out.push(task({ role: 'head', assigneeRef: null, command: 'RequestExplanations' }));
      break;
    case 'explanation-requested': {
      for (const personRef of subjects.filter((p) => !s.explanations.some((e) => e.personRef === p)))
        out.push(task({ role: 'subject', assigneeRef: personRef, command: 'RecordExplanation', personRef }));
      const allAdmitted =
        subjects.length > 0 &&
        subjects.every((p) => s.explanations.some((e) => e.personRef === p && e.kind === 'admission'));
      out.push(
        task({ role: 'head', assigneeRef: null, command: allAdmitted ? 'IssueOrder' : 'OrderInvestigation' }),
      );
      break;
    }
    case 'investigation': {
      let blocked = false;
      for (const act of s.protectionActs) {
        const open = isWindowOpen(act.window, today);
        if (open) blocked = true;
        if (open && act.versions.length === 0)
          out.push(
            task({
              role: 'subject',
              assigneeRef: act.personRef,
              command: 'FileProtectionAct',
              personRef: act.personRef,
              optional: true,
            }),
          );
        if (act.window.pendingRequest)
          out.push(
            task({
              role: 'head',
              assigneeRef: head,
              command: 'DecideProtectionActExtension',
              personRef: act.personRef,
            }),
          );
        const latest = act.versions[act.versions.length - 1];
        for (const item of latest?.items ?? []) {
          if (act.answers.some((a) => a.itemId === item.id && a.forVersion === latest?.version)) continue;
          blocked = true;
          out.push(
            task({
              role: 'investigator',
              assigneeRef: investigator,
              command: 'AnswerProtectionActItem',
              personRef: act.personRef,
              itemId: item.id,
            }),
          );
        }
      }
      if (!blocked)
        out.push(task({ role: 'investigator', assigneeRef: investigator, command: 'SubmitConclusion' }));
      break;
    }
    case 'conclusion-submitted':
      out.push(task({ role: 'head', assigneeRef: head, command: 'ApproveConclusion' }));
      break;
    case 'conclusion-approved':
      for (const personRef of subjects.filter(
        (p) => !s.conclusion?.familiarizations.some((f) => f.personRef === p),
      ))
        out.push(
          task({ role: 'subject', assigneeRef: personRef, command: 'RecordFamiliarization', personRef }),
        );
      break;
    case 'familiarized':
      out.push(task({ role: 'commission', assigneeRef: null, command: 'ScheduleCommissionSession' }));
      out.push(task({ role: 'head', assigneeRef: head, command: 'IssueOrder', optional: true }));
      break;
    case 'commission-scheduled':
      out.push(task({ role: 'commission', assigneeRef: null, command: 'HoldCommissionSession' }));
      break;
    case 'commission-decided':
      out.push(task({ role: 'head', assigneeRef: head, command: 'IssueOrder' }));
      break;
    case 'order-issued':
    case 'penalty-active':
      for (const p of s.penalties.filter((x) => x.status === 'active')) {
        if (p.announcedOn === null)
          out.push(
            task({
              role: 'head',
              assigneeRef: s.order?.issuedBy ?? head,
              command: 'RecordOrderAnnouncement',
              personRef: p.personRef,
              penaltyId: p.penaltyId,
            }),
          );
        else if (
          p.appealDueOn &&
          today <= p.appealDueOn &&
          !s.appeals.some((a) => a.penaltyId === p.penaltyId)
        )
          out.push(
            task({
              role: 'subject',
              assigneeRef: p.personRef,
              command: 'FileAppeal',
              personRef: p.personRef,
              penaltyId: p.penaltyId,
              optional: true,
            }),
          );
      }
      for (const a of s.appeals.filter((x) => x.status === 'pending' && x.to === 'higher-official'))
        out.push(
          task({
            role: 'higher-official',
            assigneeRef: null,
            command: 'DecideAppeal',
            personRef: a.personRef,
            penaltyId: a.penaltyId,
            appealId: a.appealId,
          }),
        );
      break;
    default:
      break;
  }
  return out;
}

/** Tasks grouped by role, the shape the `tasks` query returns. */
export function tasksByRole(s: CaseState, today: LocalDate): Partial<Record<TaskRole, OpenTask[]>> {
  const out: Partial<Record<TaskRole, OpenTask[]>> = {};
  for (const t of openTasks(s, today)) (out[t.role] ??= []).push(t);
  return out;
}
