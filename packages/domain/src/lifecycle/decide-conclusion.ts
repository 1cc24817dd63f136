import { conclusionApprovalClock, familiarizationClock } from '../clocks/procedural';
import { checkFindings } from '../fairness/findings';
import { hasRole } from '../fairness/parties';
import { checkRecusal } from '../fairness/recusal';
import { checkSymmetricSanction, symmetricSanctions } from '../fairness/symmetric-sanction';
import { isAggravating, isMitigating, type Circumstances } from '../penalties/circumstances';
import { isPenaltyKind } from '../penalties/ladder';
import { checkPenaltiesPerPerson } from '../penalties/per-person';
import { checkAllItemsAnswered, checkDecisionReferencesEveryItem } from '../protection-act/answers';
import { isWindowOpen } from '../protection-act/window';
import type { CommandOf } from './commands';
import {
  accept,
  filled,
  firstError,
  invalid,
  reject,
  rejectWith,
  type Decision,
  type DecisionContext,
} from './context';
import { investigationRecusal } from './decide-investigation';
import { domainError } from '../errors/domain-error';
import { reason, type ReasonKey } from '../errors/reasons';
import { missedDeadline } from './missed-deadline';
import type { ConclusionState, InvestigationState } from './state';

const circumstancesProblem = (ctx: DecisionContext, list: readonly Circumstances[]): ReasonKey | undefined =>
  list.every(
    (c) =>
      hasRole(ctx.state.parties, c.personRef, 'subject') &&
      c.mitigating.every(isMitigating) &&
      c.aggravating.every(isAggravating),
  )
    ? undefined
    : 'CIRCUMSTANCES_INVALID';

/**
 * art. 58 p.5: the conclusion states findings per person, the facts and the proposed penalty. It cannot
 * be submitted while a Protection Act window is open or an item is unanswered, and it must reference
 * every item; identical proposals on unestablished facts need a written justification.
 */
export function submitConclusion(ctx: DecisionContext, c: CommandOf<'SubmitConclusion'>): Decision {
  const s = ctx.state;
  const inv = s.investigation as InvestigationState;
  if (!c.proposals.every((p) => isPenaltyKind(p.penalty))) return invalid('UNKNOWN_PENALTY');
  const problem = circumstancesProblem(ctx, c.circumstances);
  if (problem) return invalid(problem);
  const error = firstError(
    () => investigationRecusal(s, inv.investigatorRef),
    () => {
      const pending = s.protectionActs.find((r) => r.window.pendingRequest !== null);
      return pending
        ? domainError('PROTECTION_ACT_EXTENSION_PENDING', { person: pending.personRef })
        : undefined;
    },
    () => {
      const open = s.protectionActs.find((r) => isWindowOpen(r.window, ctx.today));
      return open ? domainError('PROTECTION_ACT_WINDOW_OPEN', { closesOn: open.window.closesOn }) : undefined;
    },
    () => checkAllItemsAnswered(s.protectionActs),
    () => checkDecisionReferencesEveryItem(s.protectionActs, c.protectionActReferences),
    () => checkFindings(s.parties, c.findings),
    () => checkPenaltiesPerPerson(c.proposals, s.violations),
    () =>
      checkSymmetricSanction(
        symmetricSanctions(c.proposals, c.findings),
        c.symmetricSanctionJustification,
        ctx.env.policy.symmetricJustificationMinLength,
      ),
  );
  if (error) return rejectWith(error);
  const approval = conclusionApprovalClock(ctx.today);
  return accept(
    ...missedDeadline(ctx, { clock: 'investigation', dueOn: inv.dueOn, citation: 'art. 58 p.4' }),
    {
      type: 'ConclusionSubmitted',
      ...ctx.meta,
      investigatorRef: inv.investigatorRef,
      findings: c.findings,
      proposals: c.proposals,
      circumstances: c.circumstances,
      protectionActReferences: c.protectionActReferences,
      symmetricSanctionJustification: c.symmetricSanctionJustification ?? null,
      evidenceBasisFlags: s.evidenceBasisFlags,
      approvalDueOn: approval.dueOn,
      endedProceeding: { kind: 'internal-investigation', endedOn: ctx.today },
    },
  );
}

export function returnConclusion(ctx: DecisionContext, c: CommandOf<'ReturnConclusion'>): Decision {
  if (!filled(c.reason)) return invalid('RETURN_REASON_MISSING');
  return accept({ type: 'ConclusionReturned', ...ctx.meta, reason: c.reason });
}

/** Whether `headRef` ordered the investigation or is recorded as acting for the head who did. */
export const mayApproveConclusion = (inv: InvestigationState, headRef: string): boolean =>
  headRef === inv.orderedBy ||
  (inv.actingHeads ?? []).some((a) => a.actingHeadRef === headRef && a.forRef === inv.orderedBy);

/** art. 58 p.5: records who acts for the ordering head, on the act that appointed them. */
export function recordActingHead(ctx: DecisionContext, c: CommandOf<'RecordActingHead'>): Decision {
  const s = ctx.state;
  const inv = s.investigation as InvestigationState;
  if (!filled(c.actingHeadRef) || !filled(c.basis)) return invalid('ACTING_HEAD_MISSING');
  if (mayApproveConclusion(inv, c.actingHeadRef))
    return reject('ACTING_HEAD_INVALID', { reason: 'ACTING_HEAD_ALREADY_APPROVES', person: c.actingHeadRef });
  const recusal = checkRecusal(
    [{ personRef: c.actingHeadRef, capacity: 'approving-head' }],
    s.parties,
    s.interests,
  );
  if (recusal) return rejectWith(recusal);
  return accept({
    type: 'ActingHeadRecorded',
    ...ctx.meta,
    actingHead: {
      actingHeadRef: c.actingHeadRef,
      forRef: inv.orderedBy,
      basis: c.basis,
      recordedOn: ctx.today,
    },
  });
}

/**
 * art. 58 p.5: approved by the head who ordered the investigation (or the recorded acting head), who has no
 * interest in the case (art. 58 p.2), within 3 calendar days of the end; art. 58 p.8: shown within 3 working days.
 */
export function approveConclusion(ctx: DecisionContext, c: CommandOf<'ApproveConclusion'>): Decision {
  if (!filled(c.approvedBy)) return invalid('APPROVER_MISSING');
  const s = ctx.state;
  const conclusion = s.conclusion as ConclusionState;
  const inv = s.investigation as InvestigationState;
  if (!mayApproveConclusion(inv, c.approvedBy))
    return reject('APPROVER_NOT_ORDERING_HEAD', { person: c.approvedBy, orderedBy: inv.orderedBy });
  const recusal = checkRecusal(
    [{ personRef: c.approvedBy, capacity: 'approving-head' }],
    s.parties,
    s.interests,
  );
  if (recusal) return rejectWith(recusal);
  return accept(
    ...missedDeadline(ctx, {
      clock: 'conclusion-approval',
      dueOn: conclusion.approvalDueOn,
      citation: 'art. 58 p.5',
    }),
    {
      type: 'ConclusionApproved',
      ...ctx.meta,
      approvedBy: c.approvedBy,
      familiarizationDueOn: familiarizationClock(ctx.env.calendar, ctx.today).dueOn,
    },
  );
}

export function recordFamiliarization(ctx: DecisionContext, c: CommandOf<'RecordFamiliarization'>): Decision {
  const conclusion = ctx.state.conclusion as ConclusionState;
  if (!hasRole(ctx.state.parties, c.personRef, 'subject'))
    return reject('UNKNOWN_PARTY', { person: c.personRef });
  if (c.outcome !== 'signed' && c.outcome !== 'refused') return invalid('FAMILIARIZATION_OUTCOME_MISSING');
  if (conclusion.familiarizations.some((f) => f.personRef === c.personRef)) {
    return invalid(reason('ALREADY_FAMILIARIZED', { person: c.personRef }));
  }
  return accept(
    ...missedDeadline(ctx, {
      clock: 'conclusion-familiarization',
      dueOn: conclusion.familiarizationDueOn as string,
      citation: 'art. 58 p.8',
    }),
    { type: 'FamiliarizationRecorded', ...ctx.meta, personRef: c.personRef, outcome: c.outcome },
  );
}
