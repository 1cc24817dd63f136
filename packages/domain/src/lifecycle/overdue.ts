import type { ClockName } from '../clocks/clock';
import { isAfter, type LocalDate } from '../time/local-date';
import { DEFAULT_ENVIRONMENT, type DecisionEnvironment } from './context';
import { caseDeadlines } from './queries';
import type { CaseState } from './state';

/**
 * The case's running clocks whose due day has passed on `asOf`. The workflow acts on every clock with a
 * timer, so a clock still running after its day means a deadline was missed or a timer did not fire: what
 * operators are alerted on (the worker's `cases_overdue_deadlines` metric). Counted per clock name.
 */
export function overdueClocks(
  s: CaseState,
  asOf: LocalDate,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): Partial<Record<ClockName, number>> {
  const counts: Partial<Record<ClockName, number>> = {};
  for (const { clock } of caseDeadlines(s, asOf, env)) {
    if (isAfter(asOf, clock.dueOn)) counts[clock.clock] = (counts[clock.clock] ?? 0) + 1;
  }
  return counts;
}
