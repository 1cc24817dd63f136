import { CASE_EVENT_DATA, deadlineOf, isRoutedCaseEvent } from './case-event-data';
import { COMMISSION_ROLES, refsWith, type CaseRecipient } from './case-roles';
import { tell, uniqueIntents, type NotificationIntent } from './intent';
import { daysUntil } from './kazakhstan-day';

export interface CaseEventInput {
  readonly type: string;
  readonly occurredAt: string;
  readonly caseId: string;
  readonly data: unknown;
}

/**
 * Who is told what about a case event (pure). `recipients` is the case's projection including this event's
 * own change. Parameters are chosen per audience: the applicant learns progress and outcome, never the
 * subject's Protection Act content or penalty (personal-file data, art. 42); disciplinary roles learn
 * deadlines; the subject learns every right and term that concerns them.
 */
export function routeCaseEvent(
  event: CaseEventInput,
  recipients: readonly CaseRecipient[],
): NotificationIntent[] {
  const { type, caseId } = event;
  if (!isRoutedCaseEvent(type)) return [];
  const applicants = refsWith(recipients, 'applicant');
  const subjects = refsWith(recipients, 'subject');
  const deciders = refsWith(recipients, 'investigator', 'head');
  switch (type) {
    case 'case.reported':
      return tell(applicants, 'case-registered', { caseId });
    case 'case.explanations-requested': {
      const { dueOn } = CASE_EVENT_DATA[type].parse(event.data);
      return tell(subjects, 'explanation-demanded', { caseId, dueOn });
    }
    case 'case.investigation-ordered': {
      const data = CASE_EVENT_DATA[type].parse(event.data);
      return uniqueIntents([
        ...tell([data.investigatorRef], 'investigation-assigned', { caseId, dueOn: data.dueOn }),
        ...data.protectionActWindows.flatMap(({ personRef, window }) =>
          tell([personRef], 'protection-act-window-opened', {
            caseId,
            opensOn: window.opensOn,
            closesOn: window.closesOn,
          }),
        ),
        ...tell(applicants, 'case-progress', { caseId, stage: 'investigation' }),
      ]);
    }
    case 'case.investigator-replaced':
    case 'case.appeal-filed':
      // Only the projection changes (the new investigator, the appellant); nobody is told yet.
      return [];
    case 'case.protection-act-filed':
      return tell(refsWith(recipients, 'investigator'), 'protection-act-filed', { caseId });
    case 'case.protection-act-extension-decided': {
      const { personRef, window } = CASE_EVENT_DATA[type].parse(event.data);
      return tell([personRef], 'protection-act-window-extended', { caseId, closesOn: window.closesOn });
    }
    case 'case.protection-act-item-answered': {
      // To the author only; the reason text stays in the case file, where access is checked.
      const { personRef, answer } = CASE_EVENT_DATA[type].parse(event.data);
      return tell([personRef], 'protection-act-item-answered', {
        caseId,
        itemId: answer.itemId,
        decision: answer.decision,
      });
    }
    case 'case.conclusion-approved': {
      const { familiarizationDueOn } = CASE_EVENT_DATA[type].parse(event.data);
      return uniqueIntents([
        ...tell(subjects, 'conclusion-ready', { caseId, dueOn: familiarizationDueOn }),
        ...tell(applicants, 'case-progress', { caseId, stage: 'conclusion' }),
      ]);
    }
    case 'case.commission-session-scheduled': {
      // Sent when the session is scheduled, which the decider allows no later than one working day before it.
      const { sessionOn } = CASE_EVENT_DATA[type].parse(event.data);
      return uniqueIntents([
        ...tell(subjects, 'commission-notice', { caseId, sessionOn }),
        ...tell(refsWith(recipients, ...COMMISSION_ROLES), 'commission-session-scheduled', {
          caseId,
          sessionOn,
        }),
        ...tell(applicants, 'case-progress', { caseId, stage: 'commission' }),
      ]);
    }
    case 'case.commission-session-held':
      return tell(refsWith(recipients, ...COMMISSION_ROLES), 'commission-votes-recorded', { caseId });
    case 'case.order-issued': {
      const data = CASE_EVENT_DATA[type].parse(event.data);
      const penalized = new Set(data.penalties.map((p) => p.personRef));
      const unpenalized = [...new Set([...data.notPenalizedRefs, ...subjects])].filter(
        (r) => !penalized.has(r),
      );
      return uniqueIntents([
        // Each penalized person learns their own penalty only.
        ...data.penalties.flatMap((p) =>
          tell([p.personRef], 'order-issued-penalty', {
            caseId,
            penalty: p.penalty,
            dueOn: data.announcementDueOn,
          }),
        ),
        ...tell(unpenalized, 'order-issued-no-penalty', { caseId }),
        ...tell(
          applicants.filter((r) => !penalized.has(r) && !subjects.includes(r)),
          'case-outcome',
          { caseId },
        ),
      ]);
    }
    case 'case.proceedings-ended':
      return uniqueIntents(tell([...subjects, ...applicants], 'proceedings-ended', { caseId }));
    case 'case.appeal-decided': {
      const { appealId, outcome } = CASE_EVENT_DATA[type].parse(event.data);
      const appellants = recipients.filter((r) => r.role === 'appellant' && r.ref === appealId);
      return tell(
        appellants.map((r) => r.personRef),
        'appeal-decided',
        { caseId, outcome },
      );
    }
    case 'case.penalty-expired': {
      const { penaltyId } = CASE_EVENT_DATA[type].parse(event.data);
      const holders = recipients.filter((r) => r.role === 'penalized' && r.ref === penaltyId);
      return tell(
        holders.map((r) => r.personRef),
        'penalty-expired',
        { caseId },
      );
    }
    case 'case.deadline-approaching': {
      const data = CASE_EVENT_DATA[type].parse(event.data);
      const deadline = deadlineOf(data);
      const days = data.daysLeft ?? daysUntil(event.occurredAt, deadline.dueOn);
      const { clock, dueOn, citation } = deadline;
      const own =
        clock === 'protection-act-window' && deadline.personRef
          ? tell([deadline.personRef], 'protection-act-window-closing', { caseId, closesOn: dueOn, days })
          : [];
      return uniqueIntents([
        ...own,
        ...tell(deciders, 'deadline-approaching', { caseId, clock, dueOn, citation, days }),
      ]);
    }
    case 'case.deadline-passed':
    case 'case.procedure-deadline-missed': {
      const data = CASE_EVENT_DATA[type].parse(event.data) as { escalateTo?: string | null };
      const { clock, dueOn, citation } = deadlineOf(data as Record<string, unknown>);
      const to = [...deciders, ...(data.escalateTo ? [data.escalateTo] : [])];
      return uniqueIntents(tell(to, 'deadline-passed', { caseId, clock, dueOn, citation }));
    }
  }
}
