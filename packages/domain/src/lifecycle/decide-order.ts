import { checkNotInBlackout } from '../clocks/blackout';
import { checkWithinLimitation } from '../clocks/limitation';
import { orderAnnouncementClock } from '../clocks/procedural';
import { earlyLiftingClock, penaltyExpiryClock } from '../clocks/penalty-term';
import { domainError, type DomainError } from '../errors/domain-error';
import { checkFindings, type Finding } from '../fairness/findings';
import { checkRecusal } from '../fairness/recusal';
import { checkSymmetricSanction, symmetricSanctions } from '../fairness/symmetric-sanction';
import { isMoreSevere, isPenaltyKind, severityOf } from '../penalties/ladder';
import { checkPenaltiesPerPerson, type PenaltyDecision } from '../penalties/per-person';
import { checkPenaltyProcedure, type ImpositionBasis } from '../penalties/procedure';
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
import { decisionAftermath, limitationInputFor } from './aftermath';
import { subjectRefsOf, type CaseState, type PenaltyRecord, type Violation } from './state';

const admitted = (s: CaseState, personRef: string): boolean =>
  s.explanations.some((e) => e.personRef === personRef && e.kind === 'admission');

function basisFor(
  s: CaseState,
  c: CommandOf<'IssueOrder'>,
  d: PenaltyDecision,
  findings: readonly Finding[],
): ImpositionBasis {
  if (c.basis === 'admission') return { kind: 'admission' };
  if (c.basis === 'collegium') {
    return {
      kind: 'collegium',
      decisionRef: c.collegium?.decisionRef ?? '',
      writtenAdmission: admitted(s, d.personRef),
      factsFullyEstablished:
        c.collegium?.factsFullyEstablished === true &&
        findings.find((f) => f.personRef === d.personRef)?.facts === 'established',
    };
  }
  const rec = s.commission?.recommendations.find((r) => r.personRef === d.personRef);
  return {
    kind: 'investigation',
    commissionRecommended: !rec
      ? null
      : rec.outcome.kind === 'penalty'
        ? rec.outcome.penalty
        : 'end-proceedings',
  };
}

/** The head follows the commission: no penalty against its "end", none harsher than it recommended (art. 58-1). */
function checkAgainstCommission(s: CaseState, d: PenaltyDecision): DomainError | undefined {
  const rec = s.commission?.recommendations.find((r) => r.personRef === d.personRef);
  if (!rec) return undefined;
  if (rec.outcome.kind === 'end-proceedings')
    return domainError('PENALTY_CONTRADICTS_COMMISSION', { person: d.personRef });
  return isMoreSevere(d.penalty, rec.outcome.penalty)
    ? domainError('PENALTY_EXCEEDS_RECOMMENDATION', { person: d.personRef, recommended: rec.outcome.penalty })
    : undefined;
}

/**
 * The head's order (art. 57 p.3-6, p.10-14; art. 58-1): the right procedure for each penalty, one per
 * violation and person, within the limitation clocks, never in a blackout, findings per person, and
 * the symmetric-sanction guard. Persons not penalized get restoration; everyone gets a support offer.
 */
export function issueOrder(ctx: DecisionContext, c: CommandOf<'IssueOrder'>): Decision {
  const s = ctx.state;
  if (!filled(c.issuedBy)) return invalid('name the head issuing the order');
  if (c.penalties.length === 0)
    return invalid('an order imposes at least one penalty; otherwise end the proceedings');
  if (!c.penalties.every((p) => isPenaltyKind(p.penalty))) return invalid('unknown penalty');
  const fastTrack = s.stage === 'explanation-requested';
  if (fastTrack && c.basis === 'investigation')
    return reject('INVESTIGATION_REQUIRED', { penalty: c.penalties[0]?.penalty ?? '' });
  if (!fastTrack && c.basis !== 'investigation')
    return invalid('after an investigation the order rests on it');
  if (c.basis === 'collegium' && !filled(c.collegium?.decisionRef))
    return invalid('name the collegium decision');
  if (fastTrack && !subjectRefsOf(s).every((ref) => s.explanations.some((e) => e.personRef === ref))) {
    return reject('EXPLANATIONS_PENDING');
  }
  const findings = c.findings ?? s.conclusion?.findings ?? [];
  const violationOf = (d: PenaltyDecision) => s.violations.find((v) => v.id === d.violationId) as Violation;
  const error = firstError(
    () => checkRecusal([{ personRef: c.issuedBy, capacity: 'order-issuer' }], s.parties, s.interests),
    () => checkFindings(s.parties, findings),
    () => checkPenaltiesPerPerson(c.penalties, s.violations),
    ...c.penalties.map(
      (d) => () => checkPenaltyProcedure(d, basisFor(s, c, d, findings), admitted(s, d.personRef)),
    ),
    ...c.penalties.map((d) => () => checkAgainstCommission(s, d)),
    () =>
      checkSymmetricSanction(
        symmetricSanctions(c.penalties, findings),
        c.symmetricSanctionJustification,
        ctx.env.policy.symmetricJustificationMinLength,
      ),
    ...c.penalties.map(
      (d) => () =>
        checkWithinLimitation(limitationInputFor(s, violationOf(d), d.personRef, ctx.today), ctx.today),
    ),
    ...c.penalties.map((d) => () => checkNotInBlackout(s.absences, d.personRef, ctx.today)),
  );
  if (error) return rejectWith(error);
  const penalties: PenaltyRecord[] = c.penalties.map((d) => ({
    penaltyId: `${s.caseId}/${d.personRef}/${d.violationId}`,
    personRef: d.personRef,
    violationId: d.violationId,
    penalty: d.penalty,
    severity: severityOf(d.penalty),
    imposedOn: ctx.today,
    expiresOn: penaltyExpiryClock(ctx.today).dueOn,
    earlyLiftingFrom: earlyLiftingClock(d.penalty, ctx.today)?.dueOn ?? null,
    announcedOn: null,
    announcement: null,
    appealDueOn: null,
    status: 'active',
    endedOn: null,
  }));
  const notPenalizedRefs = subjectRefsOf(s).filter((ref) => !c.penalties.some((p) => p.personRef === ref));
  return accept(
    {
      type: 'OrderIssued',
      ...ctx.meta,
      issuedBy: c.issuedBy,
      basis: c.basis,
      collegiumDecisionRef: c.collegium?.decisionRef ?? null,
      findings,
      penalties,
      notPenalizedRefs,
      symmetricSanctionJustification: c.symmetricSanctionJustification ?? null,
      announcementDueOn: orderAnnouncementClock(ctx.env.calendar, ctx.today).dueOn,
    },
    ...decisionAftermath(ctx, findings, notPenalizedRefs),
  );
}

const END_REASONS = ['not-sustained', 'limitation-expired', 'commission-recommended-end', 'other'];

/** Ending the proceedings without a penalty: findings per person where stated, restoration, support offers. */
export function endProceedings(ctx: DecisionContext, c: CommandOf<'EndProceedings'>): Decision {
  const s = ctx.state;
  if (!END_REASONS.includes(c.reason) || !filled(c.statement))
    return invalid('state the reason and the statement');
  if (c.reason === 'commission-recommended-end' && s.stage !== 'commission-decided') {
    return invalid('the commission has not decided');
  }
  const findings = c.findings ?? s.conclusion?.findings ?? [];
  if (findings.length > 0 || c.reason === 'not-sustained') {
    const error = checkFindings(s.parties, findings);
    if (error) return rejectWith(error);
  }
  return accept(
    { type: 'ProceedingsEnded', ...ctx.meta, reason: c.reason, statement: c.statement, findings },
    ...decisionAftermath(ctx, findings, subjectRefsOf(s)),
  );
}
