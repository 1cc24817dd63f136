import { PENALTY_LADDER, type PenaltyKind } from '../penalties/ladder';

/** A decided past case as the consistency view needs it; identities never leave this function. */
export interface PastCase {
  readonly caseRef: string;
  readonly misconductType: string;
  /** One entry per person decided: the penalty, or null when none was imposed. */
  readonly outcomes: readonly { readonly personRef: string; readonly penalty: PenaltyKind | null }[];
}

export interface ConsistencySummary {
  readonly misconductType: string;
  readonly comparableDecisions: number;
  /** True when fewer than `minimumCohort` comparable decisions exist: no distribution is shown. */
  readonly suppressed: boolean;
  readonly distribution: readonly { readonly outcome: PenaltyKind | 'no-penalty'; readonly count: number }[];
}

/**
 * Consistency: the decider sees anonymized penalties of comparable past cases (same misconduct type).
 * Only counts per outcome, in ladder order; below the minimum cohort nothing but the count is shown,
 * so no individual decision can be recognised.
 */
export function summarizeComparablePenalties(
  pastCases: readonly PastCase[],
  misconductType: string,
  minimumCohort: number,
  excludeCaseRef?: string,
): ConsistencySummary {
  const outcomes = pastCases
    .filter((c) => c.misconductType === misconductType && c.caseRef !== excludeCaseRef)
    .flatMap((c) => c.outcomes.map((o) => o.penalty ?? 'no-penalty'));
  const suppressed = outcomes.length < minimumCohort;
  const order: (PenaltyKind | 'no-penalty')[] = ['no-penalty', ...PENALTY_LADDER];
  return {
    misconductType,
    comparableDecisions: outcomes.length,
    suppressed,
    distribution: suppressed
      ? []
      : order
          .map((outcome) => ({ outcome, count: outcomes.filter((o) => o === outcome).length }))
          .filter((d) => d.count > 0),
  };
}

export type ConsistencyOutcome = PenaltyKind | 'no-penalty';
/** No penalty, then the ladder: the scale on which departures are counted in steps. */
export const CONSISTENCY_SCALE: readonly ConsistencyOutcome[] = ['no-penalty', ...PENALTY_LADDER];

/** The median outcome of the comparable decisions (the lower one of an even count); null when suppressed. */
export function typicalOutcome(summary: ConsistencySummary): ConsistencyOutcome | null {
  if (summary.suppressed || summary.comparableDecisions === 0) return null;
  const middle = Math.floor((summary.comparableDecisions - 1) / 2);
  let seen = 0;
  for (const d of summary.distribution) {
    seen += d.count;
    if (seen > middle) return d.outcome;
  }
  return null;
}

/** What the commission is shown for one person and what its decision departs by. */
export interface ConsistencyReview {
  readonly personRef: string;
  readonly summary: ConsistencySummary;
  readonly typical: ConsistencyOutcome | null;
  readonly decided: ConsistencyOutcome;
  /** Steps between the decision and the typical outcome (0 when there is no typical outcome). */
  readonly departureSteps: number;
  readonly beyondBand: boolean;
  /** The written reason, required when beyond the band; in the minutes. */
  readonly reason: string | null;
}

/**
 * Consistency (fairness guard): the decision is compared with the typical outcome of comparable decided cases;
 * beyond `bandSteps` it needs a written reason. With too few comparable cases nothing is compared.
 */
export function reviewConsistency(
  personRef: string,
  summary: ConsistencySummary,
  decided: ConsistencyOutcome,
  bandSteps: number,
  reason: string | undefined,
): ConsistencyReview {
  const typical = typicalOutcome(summary);
  const departureSteps =
    typical === null ? 0 : Math.abs(CONSISTENCY_SCALE.indexOf(decided) - CONSISTENCY_SCALE.indexOf(typical));
  const given = reason !== undefined && reason.trim().length > 0 ? reason.trim() : null;
  return {
    personRef,
    summary,
    typical,
    decided,
    departureSteps,
    beyondBand: departureSteps > bandSteps,
    reason: given,
  };
}
