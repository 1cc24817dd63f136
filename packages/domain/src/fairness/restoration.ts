import type { PenaltyKind } from '../penalties/ladder';
import { addDays, type LocalDate } from '../time/local-date';
import type { Finding } from './findings';

export const RESTORATION_CITATION = 'fairness guard: restoration when allegations are not sustained';

/** What follows for an officer whose allegations were not sustained. */
export interface RestorationPlan {
  readonly personRef: string;
  /** A notice of the findings to the officer, on the decision day. */
  readonly findingsNoticeOn: LocalDate;
  /** The case never counts in risk indicators for this officer. */
  readonly excludedFromRiskIndicators: true;
  /** HR support follow-up. */
  readonly hrFollowUpOn: LocalDate;
  readonly citation: string;
}

/** Not sustained: no penalty and facts not (fully) established for that subject. */
export const isNotSustained = (finding: Finding | undefined, penalty: PenaltyKind | null): boolean =>
  penalty === null && finding?.facts !== 'established';

export const restorationPlan = (
  personRef: string,
  decidedOn: LocalDate,
  followUpDays: number,
): RestorationPlan => ({
  personRef,
  findingsNoticeOn: decidedOn,
  excludedFromRiskIndicators: true,
  hrFollowUpOn: addDays(decidedOn, followUpDays),
  citation: RESTORATION_CITATION,
});
