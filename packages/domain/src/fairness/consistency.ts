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
