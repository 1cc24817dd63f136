import { addDays, type LocalDate } from '@qorgau/domain';
import { endOfKazakhstanDay } from '../timers';

/**
 * The `patched()` id of the post-closure phase: a closed case's workflow stays open for post-case requests
 * (histories recorded before it complete at closure, and still replay).
 */
export const POST_CLOSURE_REQUESTS_PATCH = 'post-closure-requests';

/**
 * Until when (epoch ms on the case clock) a closed case's workflow accepts post-case requests — the commands the
 * decider still allows on a closed case, e.g. a witness asking for support: as long as the case's support runs,
 * i.e. through the day of the last check-in offset plus the grace period, counted from the closing day (support
 * plans start on the decision, never after the closing). Pure.
 */
export function postClosureWindowEnd(
  closedOn: LocalDate,
  offsetsDays: readonly number[],
  graceDays: number,
): number {
  const lastOffset = offsetsDays.reduce((max, d) => Math.max(max, d), 0);
  return endOfKazakhstanDay(addDays(closedOn, lastOffset + Math.max(0, graceDays)));
}
