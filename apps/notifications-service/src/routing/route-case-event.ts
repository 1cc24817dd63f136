import { type CaseEventFacts } from './case-event';
import { COMMISSION_ROLES, refsWith, type CaseRecipient } from './case-roles';
import { tell, uniqueIntents, type NotificationIntent } from './intent';
import { daysUntil } from './kazakhstan-day';

/** A case event as the consumer parsed it against its contract: `data` is typed by `type`. */
export type CaseEventInput = CaseEventFacts;

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
  const { caseId } = event.data;
  const applicants = refsWith(recipients, 'applicant');
  const subjects = refsWith(recipients, 'subject');
  const deciders = refsWith(recipients, 'investigator', 'head');
  switch (event.type) {
    case 'case.reported':
      return tell(applicants, 'case-registered', { caseId });
    case 'case.explanations-requested': {
      const { dueOn } = event.data;
      return tell(subjects, 'explanation-demanded', { caseId, dueOn });
    }
    case 'case.investigation-ordered': {
      const { data } = event;
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
      const { personRef, window } = event.data;
      return tell([personRef], 'protection-act-window-extended', { caseId, closesOn: window.closesOn });
    }
    case 'case.protection-act-item-answered': {
      // To the author only; the reason text stays in the case file, where access is checked.
      const { personRef, answer } = event.data;
      return tell([personRef], 'protection-act-item-answered', {
        caseId,
        itemId: answer.itemId,
        decision: answer.decision,
      });
    }
    case 'case.conclusion-approved': {
      const { familiarizationDueOn } = event.data;
      return uniqueIntents([
        ...tell(subjects, 'conclusion-ready', { caseId, dueOn: familiarizationDueOn }),
        ...tell(applicants, 'case-progress', { caseId, stage: 'conclusion' }),
      ]);
    }
    case 'case.commission-session-scheduled': {
      // Sent when the session is scheduled, which the decider allows no later than one working day before it.
      const { sessionOn } = event.data;
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
      const { data } = event;
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
      const { appealId, outcome } = event.data;
      const appellants = recipients.filter((r) => r.role === 'appellant' && r.ref === appealId);
      return tell(
        appellants.map((r) => r.personRef),
        'appeal-decided',
        { caseId, outcome },
      );
    }
    case 'case.penalty-expired': {
      const { penaltyId } = event.data;
      const holders = recipients.filter((r) => r.role === 'penalized' && r.ref === penaltyId);
      return tell(
        holders.map((r) => r.personRef),
        'penalty-expired',
        { caseId },
      );
    }
    case 'case.deadline-approaching': {
      const { data } = event;
      // The appeal workflow's reminder names the appeal, not a due day: the appellant's side is not notified here.
      if (!data.dueOn) return [];
      const days = daysUntil(event.occurredAt, data.dueOn);
      const { clock, dueOn, citation = '' } = data;
      const own =
        clock === 'protection-act-window' && data.personRef
          ? tell([data.personRef], 'protection-act-window-closing', { caseId, closesOn: dueOn, days })
          : [];
      return uniqueIntents([
        ...own,
        ...tell(deciders, 'deadline-approaching', { caseId, clock, dueOn, citation, days }),
      ]);
    }
    case 'case.deadline-passed':
    case 'case.procedure-deadline-missed': {
      const { data } = event;
      if (!data.dueOn) return [];
      const escalateTo = 'escalateTo' in data ? data.escalateTo : null;
      const to = [...deciders, ...(escalateTo ? [escalateTo] : [])];
      return uniqueIntents(
        tell(to, 'deadline-passed', {
          caseId,
          clock: data.clock,
          dueOn: data.dueOn,
          citation: data.citation ?? '',
        }),
      );
    }
    default:
      return [];
  }
}
