import {
  DEFAULT_PINNED_ENVIRONMENT,
  decisionEnvironmentOf,
  kazakhstanCalendar,
  kazakhstanDateOf,
  workingDaysLeft,
  type CaseDeadline,
  type PinnedEnvironment,
  type WorkingCalendar,
} from '@qorgau/domain';
import { caseClock, type CaseClockView, type CaseEnvironmentView } from '@qorgau/workflows';

/**
 * The calendar a case counts its working days with: the one pinned in its workflow (by version), when this
 * service holds that version's data; a case started before environments were pinned counts with the compiled
 * calendar. `undefined` when the service cannot know it: then no countdown is given rather than a wrong one.
 */
export function calendarOfCase(
  view: CaseEnvironmentView,
  configured: PinnedEnvironment,
): WorkingCalendar | undefined {
  if (view.calendarVersion === null) return kazakhstanCalendar;
  if (view.calendarVersion === configured.calendar.version) return decisionEnvironmentOf(configured).calendar;
  if (view.calendarVersion === DEFAULT_PINNED_ENVIRONMENT.calendar.version) return kazakhstanCalendar;
  return undefined;
}

/** Each deadline with the working days left on the case's own today (its clock: compressed time included). */
export function withWorkingDaysLeft<D extends CaseDeadline>(
  deadlines: readonly D[],
  clock: CaseClockView,
  calendar: WorkingCalendar | undefined,
  realNowMs: number,
): (D & { workingDaysLeft?: number })[] {
  if (!calendar) return [...deadlines];
  const today = kazakhstanDateOf(caseClock(clock, realNowMs, () => realNowMs).nowIso());
  return deadlines.map((d) => ({ ...d, workingDaysLeft: workingDaysLeft(calendar, today, d.clock.dueOn) }));
}

/**
 * The pinned environment a workflow's `environmentQuery` names, when this service holds its data: the configured
 * one or the compiled default (a legacy case, version null, decides with the compiled default). Else undefined.
 */
export function knownEnvironment(
  version: string | null,
  configured: PinnedEnvironment,
): PinnedEnvironment | undefined {
  if (version === null || version === DEFAULT_PINNED_ENVIRONMENT.version) return DEFAULT_PINNED_ENVIRONMENT;
  return version === configured.version ? configured : undefined;
}
