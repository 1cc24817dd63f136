import type { ClockAnswer } from '../clocks/clock';
import { isAfter } from '../time/local-date';
import type { DecisionContext } from './context';
import type { CaseEvent } from './events';

/** A procedural term that was missed is recorded, so it is visible to the employee and to appeals. */
export function missedDeadline(
  ctx: DecisionContext,
  clock: Pick<ClockAnswer, 'clock' | 'dueOn' | 'citation'>,
): CaseEvent[] {
  return isAfter(ctx.today, clock.dueOn)
    ? [
        {
          type: 'ProcedureDeadlineMissed',
          ...ctx.meta,
          clock: clock.clock,
          dueOn: clock.dueOn,
          citation: clock.citation,
        },
      ]
    : [];
}
