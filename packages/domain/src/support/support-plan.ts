import { domainError, type DomainError } from '../errors/domain-error';
import { principalRefs, type Party, type PartyRole } from '../fairness/parties';
import { err, ok, type Result } from '../result';
import { addDays, isAfter, type LocalDate } from '../time/local-date';

/** Why a plan exists: a decided case, or an assault on an officer on duty (Criminal Code art. 380-1), no case needed. */
export type SupportTrigger =
  | { readonly kind: 'case-decision'; readonly caseId: string; readonly roles: readonly PartyRole[] }
  | { readonly kind: 'assault-on-duty'; readonly incidentRef: string };

export type ConsentState = 'pending' | 'given' | 'declined' | 'stopped';

export interface CheckIn {
  readonly index: number;
  readonly offsetDays: number;
  readonly dueOn: LocalDate;
  readonly status: 'scheduled' | 'completed' | 'cancelled';
}

export interface SupportPlan {
  /** Also the workflow id: `support-<personRef>-<caseId or incidentRef>`. */
  readonly planId: string;
  readonly personRef: string;
  readonly trigger: SupportTrigger;
  readonly startsOn: LocalDate;
  readonly consent: { readonly state: ConsentState; readonly changedOn: LocalDate | null };
  readonly checkIns: readonly CheckIn[];
  readonly citation: string;
}

export const SUPPORT_CITATION = 'Qorgau post-case support (secondary-victimization prevention)';
export const ASSAULT_SUPPORT_CITATION = 'Criminal Code of RK art. 380-1; Qorgau post-incident support';

function plan(
  personRef: string,
  trigger: SupportTrigger,
  startsOn: LocalDate,
  offsets: readonly number[],
): SupportPlan {
  const ref = trigger.kind === 'case-decision' ? trigger.caseId : trigger.incidentRef;
  return {
    planId: `support-${personRef}-${ref}`,
    personRef,
    trigger,
    startsOn,
    consent: { state: 'pending', changedOn: null },
    checkIns: offsets.map((offsetDays, index) => ({
      index,
      offsetDays,
      dueOn: addDays(startsOn, offsetDays),
      status: 'scheduled',
    })),
    citation: trigger.kind === 'case-decision' ? SUPPORT_CITATION : ASSAULT_SUPPORT_CITATION,
  };
}

/**
 * A plan for every applicant and subject once a decision is issued, and for witnesses who asked.
 * Check-ins at the policy offsets (default 7, 30, 90, 180 days); consent is asked first.
 */
export function supportPlansForDecision(args: {
  readonly caseId: string;
  readonly parties: readonly Party[];
  readonly decidedOn: LocalDate;
  readonly witnessRequests: readonly string[];
  readonly offsetsDays: readonly number[];
}): SupportPlan[] {
  const principals = principalRefs(args.parties);
  const witnesses = args.parties
    .filter((p) => p.roles.includes('witness') && !principals.includes(p.personRef))
    .filter((p) => args.witnessRequests.includes(p.personRef))
    .map((p) => p.personRef);
  return [...principals, ...witnesses].map((ref) =>
    plan(
      ref,
      {
        kind: 'case-decision',
        caseId: args.caseId,
        roles: args.parties.find((p) => p.personRef === ref)?.roles ?? [],
      },
      args.decidedOn,
      args.offsetsDays,
    ),
  );
}

/** An officer assaulted on duty gets the same follow-ups, with no disciplinary case at all. */
export const supportPlanForAssaultOnDuty = (args: {
  readonly personRef: string;
  readonly incidentRef: string;
  readonly reportedOn: LocalDate;
  readonly offsetsDays: readonly number[];
}): SupportPlan =>
  plan(
    args.personRef,
    { kind: 'assault-on-duty', incidentRef: args.incidentRef },
    args.reportedOn,
    args.offsetsDays,
  );

const cancelAfter = (checkIns: readonly CheckIn[], on: LocalDate): CheckIn[] =>
  checkIns.map((c) => (c.status === 'scheduled' && isAfter(c.dueOn, on) ? { ...c, status: 'cancelled' } : c));

/** Consent given or declined; a decline cancels every future check-in. */
export function recordConsent(p: SupportPlan, decision: 'given' | 'declined', on: LocalDate): SupportPlan {
  return {
    ...p,
    consent: { state: decision, changedOn: on },
    checkIns: decision === 'declined' ? cancelAfter(p.checkIns, addDays(p.startsOn, -1)) : p.checkIns,
  };
}

/** The officer stops the follow-ups at any time: remaining check-ins are cancelled, nothing more is asked. */
export const stopSupport = (p: SupportPlan, on: LocalDate): SupportPlan => ({
  ...p,
  consent: { state: 'stopped', changedOn: on },
  checkIns: cancelAfter(p.checkIns, on),
});

/** Check-ins due by `asOf` that wellbeing staff should carry out; none without consent. */
export const dueCheckIns = (p: SupportPlan, asOf: LocalDate): CheckIn[] =>
  p.consent.state === 'given'
    ? p.checkIns.filter((c) => c.status === 'scheduled' && !isAfter(c.dueOn, asOf))
    : [];

export function completeCheckIn(p: SupportPlan, index: number): Result<SupportPlan, DomainError> {
  if (p.consent.state !== 'given') return err(domainError('SUPPORT_CONSENT_REQUIRED'));
  const target = p.checkIns.find((c) => c.index === index && c.status === 'scheduled');
  if (!target) return err(domainError('INVALID_COMMAND', { reason: 'CHECK_IN_NOT_SCHEDULED', index }));
  return ok({
    ...p,
    checkIns: p.checkIns.map((c) => (c === target ? { ...c, status: 'completed' as const } : c)),
  });
}
