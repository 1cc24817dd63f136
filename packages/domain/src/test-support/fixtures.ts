import type { DayInfo, WorkingCalendar } from '../calendar/day-info';
import { decide } from '../lifecycle/decide';
import type { CaseCommand } from '../lifecycle/commands';
import { DEFAULT_ENVIRONMENT, type DecisionEnvironment } from '../lifecycle/context';
import type { CaseEvent } from '../lifecycle/events';
import { evolve } from '../lifecycle/evolve';
import { initialCaseState, type CaseState } from '../lifecycle/state';
import type { DomainError } from '../errors/domain-error';
import { weekdayOf, type LocalDate } from '../time/local-date';

/** Monday-Friday working, nothing else: makes counting in tests obvious. */
export const plainCalendar: WorkingCalendar = {
  id: 'plain',
  dayInfo: (date: LocalDate): DayInfo =>
    weekdayOf(date) >= 6
      ? { date, working: false, kind: 'weekend' }
      : { date, working: true, kind: 'working-day' },
};

/** Noon in Astana on that calendar day. */
export const at = (date: LocalDate): string => `${date}T12:00:00+05:00`;

export interface Run {
  readonly state: CaseState;
  readonly events: CaseEvent[];
}

/** Applies a command; throws with the error when the decider rejects it (tests of the happy path). */
export function step(
  run: Run,
  command: CaseCommand,
  date: LocalDate,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): Run {
  const result = decide(run.state, command, at(date), env);
  if (!result.ok) throw new Error(`${command.type} rejected: ${JSON.stringify(result.error)}`);
  return { state: result.value.reduce(evolve, run.state), events: [...run.events, ...result.value] };
}

/** The error a command is rejected with (throws when it is accepted). */
export function rejection(
  run: Run,
  command: CaseCommand,
  date: LocalDate,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): DomainError {
  const result = decide(run.state, command, at(date), env);
  if (result.ok) throw new Error(`${command.type} unexpectedly accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

export const start = (caseId = 'case-1'): Run => ({ state: initialCaseState(caseId), events: [] });

export const eventsOfType = <T extends CaseEvent['type']>(run: Run, type: T) =>
  run.events.filter((e): e is Extract<CaseEvent, { type: T }> => e.type === type);
