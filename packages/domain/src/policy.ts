import { domainError, type DomainError } from './errors/domain-error';
import { err, ok, type Result } from './result';

/**
 * Values the Law does not fix (DOMAIN.md: "make configurable, with the default stated"). Every default
 * below is a Qorgau policy choice, not law; the law's own floors are enforced by `validatePolicy`.
 */
export interface DomainPolicy {
  /** Working days the employee has for the written explanation (art. 57 p.3 sets no term). Default 2. */
  readonly explanationDeadlineWorkingDays: number;
  /** Extensions of the 1-month investigation the ordering head may grant. Default 1. */
  readonly investigationMaxExtensions: number;
  /** Calendar days one extension may add. Default 30. */
  readonly investigationExtensionMaxDays: number;
  /** Calendar days after the order's announcement to appeal to a higher official. Default 30. */
  readonly appealPeriodCalendarDays: number;
  readonly protectionAct: {
    /** Minimum preparation time. Default 5 working days; never below 3. */
    readonly windowWorkingDays: number;
    /** Reminders this many working days before the window closes. Default [2, 1]. */
    readonly reminderWorkingDaysBeforeClose: readonly number[];
    /** Total working days reasoned extensions may add. Default 5. */
    readonly maxExtensionWorkingDays: number;
  };
  /** Notice to the employee before a commission session; the law's floor is 1 working day. Default 1. */
  readonly commissionNoticeWorkingDays: number;
  /** Minimum length of a written justification for identical penalties (fairness guard). Default 40. */
  readonly symmetricJustificationMinLength: number;
  /** Consistency summaries show a distribution only for at least this many comparable cases. Default 5. */
  readonly consistencyMinimumCohort: number;
  /**
   * How many steps (on no penalty → the nine-step ladder) a commission's penalty may depart from the typical
   * outcome of comparable cases before the minutes must give a written reason.
   */
  readonly consistencyBandSteps: number;
  /** Support check-ins, days after the decision or incident. Default [7, 30, 90, 180]. */
  readonly supportCheckInOffsetsDays: readonly number[];
  /** Days after a not-sustained outcome for the HR support follow-up. Default 7. */
  readonly restorationFollowUpDays: number;
}

/** The floor the DOMAIN sets for the Protection Act window: never below 3 working days. */
export const PROTECTION_ACT_MIN_WINDOW_WORKING_DAYS = 3;
/** art. 58-1: notified at least 1 working day before. */
export const COMMISSION_MIN_NOTICE_WORKING_DAYS = 1;

export const DEFAULT_POLICY: DomainPolicy = {
  explanationDeadlineWorkingDays: 2,
  investigationMaxExtensions: 1,
  investigationExtensionMaxDays: 30,
  appealPeriodCalendarDays: 30,
  protectionAct: {
    windowWorkingDays: 5,
    reminderWorkingDaysBeforeClose: [2, 1],
    maxExtensionWorkingDays: 5,
  },
  commissionNoticeWorkingDays: 1,
  symmetricJustificationMinLength: 40,
  consistencyMinimumCohort: 5,
  consistencyBandSteps: 1,
  supportCheckInOffsetsDays: [7, 30, 90, 180],
  restorationFollowUpDays: 7,
};

/**
 * Policy fields added after environments were first pinned, with the value a case pinned before them decides
 * with (the recorded policy keeps its content and version; only the missing field is filled).
 */
export const POLICY_FIELDS_ADDED_LATER = {
  consistencyBandSteps: DEFAULT_POLICY.consistencyBandSteps,
} as const;

/** A recorded policy, completed with the fields added after it was pinned. */
export const completePolicy = (p: DomainPolicy): DomainPolicy => ({ ...POLICY_FIELDS_ADDED_LATER, ...p });

export type DomainPolicyOverrides = Partial<Omit<DomainPolicy, 'protectionAct'>> & {
  readonly protectionAct?: Partial<DomainPolicy['protectionAct']>;
};

const isWhole = (n: number, min: number): boolean => Number.isInteger(n) && n >= min;

/** All problems of a policy; empty when valid. */
export function policyProblems(p: DomainPolicy): string[] {
  const problems: string[] = [];
  const whole = (name: string, value: number, min: number) => {
    if (!isWhole(value, min)) problems.push(`${name} must be a whole number ≥ ${min}`);
  };
  whole('explanationDeadlineWorkingDays', p.explanationDeadlineWorkingDays, 1);
  whole('investigationMaxExtensions', p.investigationMaxExtensions, 0);
  whole('investigationExtensionMaxDays', p.investigationExtensionMaxDays, 1);
  whole('appealPeriodCalendarDays', p.appealPeriodCalendarDays, 1);
  whole(
    'protectionAct.windowWorkingDays',
    p.protectionAct.windowWorkingDays,
    PROTECTION_ACT_MIN_WINDOW_WORKING_DAYS,
  );
  whole('protectionAct.maxExtensionWorkingDays', p.protectionAct.maxExtensionWorkingDays, 0);
  if (!p.protectionAct.reminderWorkingDaysBeforeClose.every((n) => isWhole(n, 1))) {
    problems.push('protectionAct.reminderWorkingDaysBeforeClose must be whole numbers ≥ 1');
  }
  whole('commissionNoticeWorkingDays', p.commissionNoticeWorkingDays, COMMISSION_MIN_NOTICE_WORKING_DAYS);
  whole('symmetricJustificationMinLength', p.symmetricJustificationMinLength, 1);
  whole('consistencyMinimumCohort', p.consistencyMinimumCohort, 1);
  whole('consistencyBandSteps', p.consistencyBandSteps, 0);
  whole('restorationFollowUpDays', p.restorationFollowUpDays, 0);
  const offsets = p.supportCheckInOffsetsDays;
  if (
    offsets.length === 0 ||
    !offsets.every((n, i) => isWhole(n, 1) && (i === 0 || n > (offsets[i - 1] as number)))
  ) {
    problems.push('supportCheckInOffsetsDays must be a non-empty ascending list of whole days ≥ 1');
  }
  return problems;
}

export function validatePolicy(policy: DomainPolicy): Result<DomainPolicy, DomainError> {
  const problems = policyProblems(policy);
  return problems.length === 0
    ? ok(policy)
    : err(
        domainError('POLICY_INVALID', {
          reason: 'POLICY_VALUES_OUT_OF_BOUNDS',
          problems: problems.join('; '),
        }),
      );
}

/** Defaults with overrides applied, validated. */
export function createPolicy(overrides: DomainPolicyOverrides = {}): Result<DomainPolicy, DomainError> {
  return validatePolicy({
    ...DEFAULT_POLICY,
    ...overrides,
    protectionAct: { ...DEFAULT_POLICY.protectionAct, ...overrides.protectionAct },
  });
}
