import { reason } from '../errors/reasons';
import { appealClock } from '../clocks/procedural';
import { checkEarlyLifting, penaltyLapse } from '../clocks/penalty-term';
import { restorationPlan } from '../fairness/restoration';
import { isAfter, isBefore } from '../time/local-date';
import type { CommandOf } from './commands';
import {
  accept,
  filled,
  invalid,
  reject,
  rejectWith,
  rulesSince,
  type Decision,
  type DecisionContext,
} from './context';
import { missedDeadline } from './missed-deadline';
import type { CaseEvent } from './events';
import { evolve } from './evolve';
import type { AppealAddressee, OrderState, PenaltyRecord } from './state';
import { domainError, type DomainError } from '../errors/domain-error';
import { checkRecusal } from '../fairness/recusal';
import { openSubjectRefsOf, separateTracks } from './tracks';

/** Closes the case once no penalty is active and no appeal is pending (art. 57 p.17, p.19-21). */
function withClosure(ctx: DecisionContext, events: CaseEvent[]): Decision {
  const next = events.reduce(evolve, ctx.state);
  const done =
    next.penalties.every((p) => p.status !== 'active') &&
    next.appeals.every((a) => a.status !== 'pending') &&
    // A subject whose investigation still runs keeps the case open after another's penalty ends.
    (!separateTracks(ctx.env) || openSubjectRefsOf(next).length === 0);
  return accept(
    ...events,
    ...(done ? [{ type: 'CaseClosed' as const, ...ctx.meta, reason: 'no penalty in force' }] : []),
  );
}

const penaltyOf = (ctx: DecisionContext, penaltyId: string): PenaltyRecord | undefined =>
  ctx.state.penalties.find((p) => p.penaltyId === penaltyId);

/** art. 57 p.8-9: announced against signature, or the refusal recorded; the appeal period starts. */
export function recordOrderAnnouncement(
  ctx: DecisionContext,
  c: CommandOf<'RecordOrderAnnouncement'>,
): Decision {
  const own = ctx.state.penalties.filter((p) => p.personRef === c.personRef);
  if (own.length === 0) return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (own.some((p) => p.announcedOn !== null))
    return invalid(reason('ORDER_ALREADY_ANNOUNCED', { person: c.personRef }));
  if (c.outcome !== 'signed' && c.outcome !== 'refused') return invalid('ANNOUNCEMENT_OUTCOME_MISSING');
  const order = ctx.state.order as OrderState;
  return accept(
    ...missedDeadline(ctx, {
      clock: 'order-announcement',
      dueOn: order.announcementDueOn,
      citation: 'art. 57 p.8-9',
    }),
    {
      type: 'OrderAnnounced',
      ...ctx.meta,
      personRef: c.personRef,
      outcome: c.outcome,
      appealDueOn: appealClock(
        ctx.env.calendar,
        ctx.today,
        ctx.env.policy.appealPeriodCalendarDays,
        rulesSince(ctx.env, 1),
      ).dueOn,
    },
  );
}

const wellFormedAddressee = (a: AppealAddressee): boolean =>
  filled(a.personRef) && filled(a.unitId) && Array.isArray(a.aboveUnitIds) && a.aboveUnitIds.every(filled);

/**
 * An appeal to a higher official names who decides it: someone other than the head who issued the order and
 * without an interest in the case (art. 58 p.2). A court appeal names nobody.
 */
function checkAddressee(ctx: DecisionContext, c: CommandOf<'FileAppeal'>): DomainError | undefined {
  const a = c.addressee;
  if (a === undefined) return undefined;
  if (c.to === 'court' || !wellFormedAddressee(a))
    return domainError('INVALID_COMMAND', {
      reason: 'APPEAL_ADDRESSEE_INCOMPLETE',
    });
  if (a.personRef === ctx.state.order?.issuedBy)
    return domainError('INVALID_COMMAND', {
      reason: 'APPEAL_ADDRESSEE_NOT_ABOVE_ISSUER',
    });
  return checkRecusal(
    [{ personRef: a.personRef, capacity: 'appeal-official' }],
    ctx.state.parties,
    ctx.state.interests,
  );
}

/** art. 57 p.19-21: to a higher official or a court; it does not suspend enforcement. */
export function fileAppeal(ctx: DecisionContext, c: CommandOf<'FileAppeal'>): Decision {
  const penalty = penaltyOf(ctx, c.penaltyId);
  if (!filled(c.appealId) || ctx.state.appeals.some((a) => a.appealId === c.appealId))
    return invalid('APPEAL_ID_NOT_UNIQUE');
  if (!penalty || penalty.status === 'cancelled')
    return reject('PENALTY_NOT_ACTIVE', { penalty: c.penaltyId });
  if (c.to !== 'higher-official' && c.to !== 'court') return invalid('APPEAL_ADDRESSEE_UNKNOWN');
  if (penalty.appealDueOn !== null && isAfter(ctx.today, penalty.appealDueOn)) {
    return reject('APPEAL_PERIOD_EXPIRED', { dueOn: penalty.appealDueOn });
  }
  if (ctx.state.appeals.some((a) => a.penaltyId === c.penaltyId && a.status === 'pending')) {
    return reject('APPEAL_ALREADY_PENDING', { person: penalty.personRef });
  }
  const addresseeError = checkAddressee(ctx, c);
  if (addresseeError) return rejectWith(addresseeError);
  return accept({
    type: 'AppealFiled',
    ...ctx.meta,
    appeal: {
      appealId: c.appealId,
      penaltyId: c.penaltyId,
      personRef: penalty.personRef,
      to: c.to,
      ...(c.addressee ? { addressee: c.addressee } : {}),
      filedOn: ctx.today,
      status: 'pending',
      decidedOn: null,
      reason: null,
    },
  });
}

/** art. 57 p.21: the higher head may cancel a penalty that does not match the gravity of the misconduct. */
export function decideAppeal(ctx: DecisionContext, c: CommandOf<'DecideAppeal'>): Decision {
  const appeal = ctx.state.appeals.find((a) => a.appealId === c.appealId);
  if (!appeal || appeal.status !== 'pending')
    return reject('APPEAL_NOT_PENDING', { person: appeal?.personRef ?? c.appealId });
  if ((c.outcome !== 'upheld' && c.outcome !== 'cancelled') || !filled(c.reason)) {
    return invalid('APPEAL_OUTCOME_INVALID');
  }
  const decided: CaseEvent = {
    type: 'AppealDecided',
    ...ctx.meta,
    appealId: c.appealId,
    outcome: c.outcome,
    reason: c.reason,
  };
  return withClosure(ctx, [decided, ...restorationAfterCancellation(ctx, decided)]);
}

/**
 * A penalty cancelled on appeal clears the officer as an exoneration does: the same restoration (notice of the
 * outcome, out of risk indicators, HR follow-up), once no other penalty of theirs stays in force in this case.
 */
function restorationAfterCancellation(ctx: DecisionContext, decided: CaseEvent): CaseEvent[] {
  if (decided.type !== 'AppealDecided' || decided.outcome !== 'cancelled') return [];
  const next = evolve(ctx.state, decided);
  const appeal = next.appeals.find((a) => a.appealId === decided.appealId);
  const personRef = appeal?.personRef;
  if (personRef === undefined) return [];
  const stillPenalized = next.penalties.some((p) => p.personRef === personRef && p.status === 'active');
  const alreadyRestored = next.restorations.some((r) => r.personRef === personRef);
  if (stillPenalized || alreadyRestored) return [];
  return [
    {
      type: 'RestorationStarted',
      ...ctx.meta,
      plans: [restorationPlan(personRef, ctx.today, ctx.env.policy.restorationFollowUpDays)],
    },
  ];
}

/** art. 55: early lifting as a reward, by severity, one penalty at a time. */
export function liftPenaltyEarly(ctx: DecisionContext, c: CommandOf<'LiftPenaltyEarly'>): Decision {
  const penalty = penaltyOf(ctx, c.penaltyId);
  if (!penalty || penalty.status !== 'active') return reject('PENALTY_NOT_ACTIVE', { penalty: c.penaltyId });
  if (!filled(c.reason)) return invalid('REWARD_MISSING');
  const liftedToday = ctx.state.penalties.filter(
    (p) => p.personRef === penalty.personRef && p.status === 'lifted-early' && p.endedOn === ctx.today,
  ).length;
  const error = checkEarlyLifting(
    { kind: penalty.penalty, imposedOn: penalty.imposedOn },
    ctx.today,
    liftedToday,
  );
  if (error) return rejectWith(error);
  return withClosure(ctx, [
    { type: 'PenaltyLiftedEarly', ...ctx.meta, penaltyId: c.penaltyId, reason: c.reason },
  ]);
}

/** art. 57 p.17: after six months the officer counts as having no penalty. */
export function expirePenalty(ctx: DecisionContext, c: CommandOf<'ExpirePenalty'>): Decision {
  const penalty = penaltyOf(ctx, c.penaltyId);
  if (!penalty || penalty.status !== 'active') return reject('PENALTY_NOT_ACTIVE', { penalty: c.penaltyId });
  if (isBefore(ctx.today, penalty.expiresOn))
    return reject('PENALTY_NOT_YET_EXPIRED', { expiresOn: penalty.expiresOn });
  // The officer's later penalties, here and in other cases (not ones cancelled on appeal), may keep it in force.
  const sameCase = ctx.state.penalties.filter(
    (p) => p.personRef === penalty.personRef && p.status !== 'cancelled',
  );
  const lapse = penaltyLapse(penalty, [...sameCase, ...(c.otherCasePenalties ?? [])]);
  if (isBefore(ctx.today, lapse.lapsesOn))
    return accept({
      type: 'PenaltyTermExtended',
      ...ctx.meta,
      penaltyId: c.penaltyId,
      expiresOn: lapse.lapsesOn,
      carriedBy: lapse.carriedBy,
    });
  return withClosure(ctx, [{ type: 'PenaltyExpired', ...ctx.meta, penaltyId: c.penaltyId }]);
}
