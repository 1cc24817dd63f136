import { reason } from '../errors/reasons';
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
import { FAST_TRACK_STAGES, openSubjectRefsOf, partiesInScope, separateTracks } from './tracks';

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
  if (!filled(c.issuedBy)) return invalid('ISSUER_MISSING');
  if (c.penalties.length === 0) return invalid('ORDER_WITHOUT_PENALTY');
  if (!c.penalties.every((p) => isPenaltyKind(p.penalty))) return invalid('UNKNOWN_PENALTY');
  const tracks = separateTracks(ctx.env);
  // With separate tracks an admitting subject's order may also come while the others' investigation runs.
  const fastTrack =
    s.stage === 'explanation-requested' ||
    (tracks && c.basis !== 'investigation' && FAST_TRACK_STAGES.includes(s.stage));
  const open = tracks ? openSubjectRefsOf(s) : subjectRefsOf(s);
  const decidedElsewhere = c.penalties.find((d) => !open.includes(d.personRef));
  if (tracks && decidedElsewhere)
    return invalid(reason('ALREADY_DECIDED_BY_ORDER', { person: decidedElsewhere.personRef }));
  // The people this order decides: on the fast track those who admitted (the others' track stays open).
  const scope =
    tracks && fastTrack
      ? open.filter((ref) => admitted(s, ref) || c.penalties.some((d) => d.personRef === ref))
      : open;
  if (fastTrack && c.basis === 'investigation')
    return reject('INVESTIGATION_REQUIRED', { penalty: c.penalties[0]?.penalty ?? '' });
  if (!fastTrack && c.basis !== 'investigation') return invalid('ORDER_MUST_REST_ON_INVESTIGATION');
  if (c.basis === 'collegium' && !filled(c.collegium?.decisionRef))
    return invalid('COLLEGIUM_DECISION_MISSING');
  if (fastTrack && !subjectRefsOf(s).every((ref) => s.explanations.some((e) => e.personRef === ref))) {
    return reject('EXPLANATIONS_PENDING');
  }
  const stated = c.findings ?? s.conclusion?.findings ?? [];
  // The order states findings for the people it decides; another track's subjects get theirs in their own.
  const inScope = tracks ? partiesInScope(s, scope) : s.parties;
  const findings = stated.filter((f) => !tracks || inScope.some((p) => p.personRef === f.personRef));
  const violationOf = (d: PenaltyDecision) => s.violations.find((v) => v.id === d.violationId) as Violation;
  const error = firstError(
    () => checkRecusal([{ personRef: c.issuedBy, capacity: 'order-issuer' }], s.parties, s.interests),
    () => checkFindings(inScope, findings),
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
  const notPenalizedRefs = scope.filter((ref) => !c.penalties.some((p) => p.personRef === ref));
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
  if (!END_REASONS.includes(c.reason) || !filled(c.statement)) return invalid('REASON_AND_STATEMENT_MISSING');
  if (c.reason === 'commission-recommended-end' && s.stage !== 'commission-decided') {
    return invalid('COMMISSION_NOT_DECIDED');
  }
  const tracks = separateTracks(ctx.env);
  // Ending the proceedings ends the open tracks; a subject already ordered on the fast track keeps their order.
  const scope = tracks ? openSubjectRefsOf(s) : subjectRefsOf(s);
  const inScope = tracks ? partiesInScope(s, scope) : s.parties;
  const findings = (c.findings ?? s.conclusion?.findings ?? []).filter(
    (f) => !tracks || inScope.some((p) => p.personRef === f.personRef),
  );
  if (findings.length > 0 || c.reason === 'not-sustained') {
    const error = checkFindings(inScope, findings);
    if (error) return rejectWith(error);
  }
  return accept(
    { type: 'ProceedingsEnded', ...ctx.meta, reason: c.reason, statement: c.statement, findings },
    ...decisionAftermath(ctx, findings, scope),
  );
}
