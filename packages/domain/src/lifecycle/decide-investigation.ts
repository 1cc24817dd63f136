import type { ErrorParams } from '../errors/domain-error';
import { reason, type ReasonKey } from '../errors/reasons';
import { investigationClock } from '../clocks/investigation';
import { suspensionAnnouncementClock, suspensionLimitClock } from '../clocks/procedural';
import { hasRole } from '../fairness/parties';
import { checkRecusal } from '../fairness/recusal';
import { answerItem } from '../protection-act/answers';
import { missedDeadline } from './missed-deadline';
import type { ProtectionActRecord } from '../protection-act/types';
import { fileProtectionActVersion } from '../protection-act/versions';
import {
  decideWindowExtension,
  openProtectionActWindow,
  requestWindowExtension,
} from '../protection-act/window';
import { isAfter, isBefore, isLocalDate } from '../time/local-date';
import type { CommandOf } from './commands';
import { accept, filled, invalid, reject, rejectWith, type Decision, type DecisionContext } from './context';
import { subjectRefsOf, type CaseState, type InvestigationState } from './state';
import { openSubjectRefsOf, separateTracks } from './tracks';

/** art. 58 p.2 for the investigator and the ordering head: being a party or any declared interest. */
export function investigationRecusal(state: CaseState, investigatorRef: string, headRef?: string) {
  return checkRecusal(
    [
      { personRef: investigatorRef, capacity: 'investigator' as const },
      ...(headRef === undefined ? [] : [{ personRef: headRef, capacity: 'ordering-head' as const }]),
    ],
    state.parties,
    state.interests,
  );
}

export function orderInvestigation(ctx: DecisionContext, c: CommandOf<'OrderInvestigation'>): Decision {
  const s = ctx.state;
  if (!filled(c.orderedBy) || !filled(c.investigatorRef))
    return invalid('ORDERING_HEAD_OR_INVESTIGATOR_MISSING');
  if (!subjectRefsOf(s).every((ref) => s.explanations.some((e) => e.personRef === ref))) {
    return reject('EXPLANATIONS_PENDING');
  }
  const recusal = investigationRecusal(s, c.investigatorRef, c.orderedBy);
  if (recusal) return rejectWith(recusal);
  const clock = investigationClock({
    orderedOn: ctx.today,
    subjectAbsences: s.absences,
    extensions: [],
    asOf: ctx.today,
  });
  return accept({
    type: 'InvestigationOrdered',
    ...ctx.meta,
    orderedBy: c.orderedBy,
    investigatorRef: c.investigatorRef,
    dueOn: clock.dueOn,
    clock,
    // The investigation concerns the subjects not already decided on the fast track.
    protectionActWindows: (separateTracks(ctx.env) ? openSubjectRefsOf(s) : subjectRefsOf(s)).map(
      (personRef) => ({
        personRef,
        window: openProtectionActWindow(ctx.env.calendar, ctx.today, ctx.env.policy.protectionAct),
      }),
    ),
  });
}

const activeInvestigation = (s: CaseState): InvestigationState => s.investigation as InvestigationState;

export function replaceInvestigator(ctx: DecisionContext, c: CommandOf<'ReplaceInvestigator'>): Decision {
  if (!filled(c.investigatorRef) || !filled(c.reason)) return invalid('NEW_INVESTIGATOR_MISSING');
  if (c.investigatorRef === activeInvestigation(ctx.state).investigatorRef)
    return invalid('SAME_INVESTIGATOR');
  const recusal = investigationRecusal(ctx.state, c.investigatorRef);
  if (recusal) return rejectWith(recusal);
  return accept({
    type: 'InvestigatorReplaced',
    ...ctx.meta,
    investigatorRef: c.investigatorRef,
    reason: c.reason,
  });
}

export function extendInvestigation(ctx: DecisionContext, c: CommandOf<'ExtendInvestigation'>): Decision {
  const inv = activeInvestigation(ctx.state);
  const { policy } = ctx.env;
  const refuse = (key: ReasonKey, params: ErrorParams = {}) =>
    reject('INVESTIGATION_EXTENSION_NOT_ALLOWED', reason(key, params));
  if (inv.extensions.length >= policy.investigationMaxExtensions) {
    return refuse('EXTENSIONS_EXHAUSTED', { max: policy.investigationMaxExtensions });
  }
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > policy.investigationExtensionMaxDays) {
    return refuse('EXTENSION_DAYS_OUT_OF_RANGE', { max: policy.investigationExtensionMaxDays });
  }
  if (!filled(c.reason)) return refuse('INVESTIGATION_EXTENSION_REASONS_MISSING');
  if (isAfter(ctx.today, inv.dueOn)) return refuse('TERM_ALREADY_ENDED', { dueOn: inv.dueOn });
  const extension = { days: c.days, reason: c.reason };
  const clock = investigationClock({
    orderedOn: inv.orderedOn,
    subjectAbsences: ctx.state.absences,
    extensions: [...inv.extensions, extension],
    asOf: ctx.today,
  });
  return accept({ type: 'InvestigationExtended', ...ctx.meta, extension, dueOn: clock.dueOn });
}

export function suspendFromDuty(ctx: DecisionContext, c: CommandOf<'SuspendFromDuty'>): Decision {
  if (!hasRole(ctx.state.parties, c.personRef, 'subject'))
    return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (!isLocalDate(c.until) || isBefore(c.until, ctx.today)) return invalid('SUSPENSION_ENDS_BEFORE_TODAY');
  const limit = suspensionLimitClock(ctx.today);
  if (isAfter(c.until, limit.dueOn)) return reject('SUSPENSION_TOO_LONG', { latest: limit.dueOn });
  return accept({
    type: 'SubjectSuspended',
    ...ctx.meta,
    suspension: {
      personRef: c.personRef,
      from: ctx.today,
      to: c.until,
      announcementDueOn: suspensionAnnouncementClock(ctx.env.calendar, ctx.today).dueOn,
    },
  });
}

/** art. 38: the suspension order is shown against signature (or the refusal recorded) within 3 working days. */
export function recordSuspensionAnnouncement(
  ctx: DecisionContext,
  c: CommandOf<'RecordSuspensionAnnouncement'>,
): Decision {
  const suspension = ctx.state.suspensions.find((x) => x.personRef === c.personRef && !x.announcedOn);
  if (!suspension) return invalid(reason('NO_UNANNOUNCED_SUSPENSION', { person: c.personRef }));
  if (c.outcome !== 'signed' && c.outcome !== 'refused') return invalid('ANNOUNCEMENT_OUTCOME_MISSING');
  return accept(
    ...missedDeadline(ctx, {
      clock: 'suspension-announcement',
      dueOn: suspension.announcementDueOn,
      citation: 'art. 38',
    }),
    { type: 'SuspensionAnnounced', ...ctx.meta, personRef: c.personRef, outcome: c.outcome },
  );
}

export function recordPolygraph(ctx: DecisionContext, c: CommandOf<'RecordPolygraph'>): Decision {
  if (!ctx.state.parties.some((p) => p.personRef === c.personRef))
    return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (c.consent !== true) return reject('POLYGRAPH_CONSENT_REQUIRED', { person: c.personRef });
  return accept({ type: 'PolygraphRecorded', ...ctx.meta, personRef: c.personRef });
}

export function handOverToCompetentBody(
  ctx: DecisionContext,
  c: CommandOf<'HandOverToCompetentBody'>,
): Decision {
  if (!filled(c.body) || !filled(c.pauseId) || ctx.state.pauses.some((p) => p.pauseId === c.pauseId)) {
    return invalid('COMPETENT_BODY_OR_PAUSE_MISSING');
  }
  return accept({
    type: 'MaterialsHandedOver',
    ...ctx.meta,
    body: c.body,
    pause: { pauseId: c.pauseId, cause: 'pre-trial-investigation', from: ctx.today },
  });
}

const actOf = (s: CaseState, personRef: string): ProtectionActRecord | undefined =>
  s.protectionActs.find((r) => r.personRef === personRef);

export function fileProtectionAct(ctx: DecisionContext, c: CommandOf<'FileProtectionAct'>): Decision {
  const record = actOf(ctx.state, c.personRef);
  if (!record) return reject('UNKNOWN_PARTY', { person: c.personRef });
  const version = fileProtectionActVersion(record, c.items, ctx.now, ctx.today);
  if (!version.ok) return version;
  return accept({ type: 'ProtectionActFiled', ...ctx.meta, personRef: c.personRef, version: version.value });
}

export function requestProtectionActExtension(
  ctx: DecisionContext,
  c: CommandOf<'RequestProtectionActExtension'>,
): Decision {
  const record = actOf(ctx.state, c.personRef);
  if (!record) return reject('UNKNOWN_PARTY', { person: c.personRef });
  const window = requestWindowExtension(
    record.window,
    { requestedOn: ctx.today, workingDays: c.workingDays, reason: c.reason },
    ctx.env.policy.protectionAct,
  );
  if (!window.ok) return window;
  return accept({
    type: 'ProtectionActExtensionRequested',
    ...ctx.meta,
    personRef: c.personRef,
    window: window.value,
  });
}

export function decideProtectionActExtension(
  ctx: DecisionContext,
  c: CommandOf<'DecideProtectionActExtension'>,
): Decision {
  const record = actOf(ctx.state, c.personRef);
  if (!record) return reject('UNKNOWN_PARTY', { person: c.personRef });
  const window = decideWindowExtension(
    ctx.env.calendar,
    record.window,
    { granted: c.granted, decidedOn: ctx.today, reason: c.reason },
    ctx.env.policy.protectionAct,
  );
  if (!window.ok) return window;
  return accept({
    type: 'ProtectionActExtensionDecided',
    ...ctx.meta,
    personRef: c.personRef,
    window: window.value,
  });
}

export function answerProtectionActItem(
  ctx: DecisionContext,
  c: CommandOf<'AnswerProtectionActItem'>,
): Decision {
  const record = actOf(ctx.state, c.personRef);
  if (!record) return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (!filled(c.answeredBy)) return invalid('ANSWERED_BY_MISSING');
  const answer = answerItem(
    record,
    {
      itemId: c.itemId,
      decision: c.decision,
      reason: c.reason,
      answeredBy: c.answeredBy,
      ...(c.verification === undefined ? {} : { verification: c.verification }),
    },
    ctx.now,
  );
  if (!answer.ok) return answer;
  return accept({
    type: 'ProtectionActItemAnswered',
    ...ctx.meta,
    personRef: c.personRef,
    answer: answer.value,
  });
}
