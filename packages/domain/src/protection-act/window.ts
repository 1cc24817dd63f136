import type { WorkingCalendar } from '../calendar/day-info';
import { addWorkingDays, nextWorkingDay, subtractWorkingDays } from '../calendar/working-days';
import { periodContains, type Period } from '../time/period';
import type { ClockAnswer } from '../clocks/clock';
import { domainError, type DomainError, type ErrorParams } from '../errors/domain-error';
import { reason, type ReasonKey } from '../errors/reasons';
import type { DomainPolicy } from '../policy';
import { err, ok, type Result } from '../result';
import { isAfter, maxDate, type LocalDate } from '../time/local-date';
import type { ProtectionActWindow, WindowExtensionRequest } from './types';

type ActPolicy = DomainPolicy['protectionAct'];

const reminders = (calendar: WorkingCalendar, opensOn: LocalDate, closesOn: LocalDate, policy: ActPolicy) =>
  [...new Set(policy.reminderWorkingDaysBeforeClose)]
    .map((n) => subtractWorkingDays(calendar, closesOn, n))
    .filter((d) => isAfter(d, opensOn))
    .sort();

/** Opens the window: at least `windowWorkingDays` (default 5, never below 3) working days to prepare. */
export function openProtectionActWindow(
  calendar: WorkingCalendar,
  opensOn: LocalDate,
  policy: ActPolicy,
): ProtectionActWindow {
  const closesOn = addWorkingDays(calendar, opensOn, policy.windowWorkingDays);
  return {
    opensOn,
    initialClosesOn: closesOn,
    closesOn,
    reminders: reminders(calendar, opensOn, closesOn, policy),
    extensions: [],
    pendingRequest: null,
  };
}

/** Filing and amending is possible through the closing day, while an extension request is undecided and while paused. */
export const isWindowOpen = (window: ProtectionActWindow, on: LocalDate): boolean =>
  !isAfter(on, window.closesOn) || window.pendingRequest !== null || (window.pausedSince ?? null) !== null;

/**
 * A stretch of days on which the subject cannot prepare: their sick leave, vacation, business trip or other
 * valid absence, or a pause of the case's clocks (art. 57 p.15). `to` missing: the pause still runs.
 */
export interface PreparationGap {
  readonly from: LocalDate;
  readonly to?: LocalDate;
}

/** The day on which `days` preparation days after `start` have passed: working days outside every gap. */
export function addPreparationDays(
  calendar: WorkingCalendar,
  start: LocalDate,
  days: number,
  gaps: readonly Period[],
): LocalDate {
  let date = start;
  for (let left = days; left > 0; ) {
    date = nextWorkingDay(calendar, date);
    if (!gaps.some((g) => periodContains(g, date))) left -= 1;
  }
  return date;
}

/**
 * The window as the subject's absences and the case's pauses make it: the guaranteed preparation time and every
 * granted extension count only days the subject could prepare, so a gap moves the closing day by its working
 * days; a running pause that began before the closing day keeps the window open until it ends.
 */
export function windowWithGaps(
  calendar: WorkingCalendar,
  window: ProtectionActWindow,
  gaps: readonly PreparationGap[],
  policy: ActPolicy,
): ProtectionActWindow {
  const closed = gaps.flatMap((g) => (g.to === undefined ? [] : [{ from: g.from, to: g.to }]));
  const initialClosesOn = addPreparationDays(calendar, window.opensOn, policy.windowWorkingDays, closed);
  let closesOn = initialClosesOn;
  const extensions = window.extensions.map((e) => {
    if (e.granted)
      closesOn = addPreparationDays(calendar, maxDate(closesOn, e.decidedOn), e.workingDays, closed);
    return { ...e, closesOn };
  });
  const running = gaps
    .filter((g) => g.to === undefined && !isAfter(g.from, closesOn))
    .map((g) => g.from)
    .sort();
  return {
    ...window,
    initialClosesOn,
    closesOn,
    extensions,
    reminders: reminders(calendar, window.opensOn, closesOn, policy),
    pausedSince: running[0] ?? null,
  };
}

/** Whether two versions of a window close differently (what a subject and the timers would notice). */
export const windowMoved = (a: ProtectionActWindow, b: ProtectionActWindow): boolean =>
  a.closesOn !== b.closesOn ||
  a.initialClosesOn !== b.initialClosesOn ||
  (a.pausedSince ?? null) !== (b.pausedSince ?? null);

export const windowClock = (window: ProtectionActWindow, policy: ActPolicy): ClockAnswer => ({
  clock: 'protection-act-window',
  dueOn: window.closesOn,
  citation: 'art. 58 p.7; Protection Act: filing window',
  provisional: window.pendingRequest !== null,
  why: [
    { kind: 'start', on: window.opensOn, event: 'investigation-ordered' },
    {
      kind: 'term',
      term: { unit: 'working-days', amount: policy.windowWorkingDays },
      endsOn: window.initialClosesOn,
    },
    ...window.extensions
      .filter((e) => e.granted)
      .map((e) => ({ kind: 'extended' as const, days: e.workingDays, reason: e.reason })),
  ],
});

const grantedDays = (window: ProtectionActWindow): number =>
  window.extensions.filter((e) => e.granted).reduce((n, e) => n + e.workingDays, 0);

/** A reasoned request made while the window is open, within the policy's total extension. */
export function requestWindowExtension(
  window: ProtectionActWindow,
  request: WindowExtensionRequest,
  policy: ActPolicy,
): Result<ProtectionActWindow, DomainError> {
  const invalid = (key: ReasonKey, params: ErrorParams = {}) =>
    err(domainError('PROTECTION_ACT_EXTENSION_INVALID', reason(key, params)));
  if (window.pendingRequest) return invalid('EXTENSION_ALREADY_PENDING');
  if (!isWindowOpen(window, request.requestedOn)) return invalid('WINDOW_CLOSED');
  if (request.reason.trim().length === 0) return invalid('EXTENSION_REASONS_MISSING');
  if (!Number.isInteger(request.workingDays) || request.workingDays < 1)
    return invalid('EXTENSION_NOT_WHOLE_DAYS');
  if (grantedDays(window) + request.workingDays > policy.maxExtensionWorkingDays) {
    return invalid('EXTENSION_TOO_LONG', { max: policy.maxExtensionWorkingDays });
  }
  return ok({ ...window, pendingRequest: request });
}

/**
 * The decision on a pending request, with its reasons. A grant adds the working days to the later of
 * the closing day and the decision day, so a late decision never eats the extension.
 */
export function decideWindowExtension(
  calendar: WorkingCalendar,
  window: ProtectionActWindow,
  decision: { readonly granted: boolean; readonly decidedOn: LocalDate; readonly reason: string },
  policy: ActPolicy,
): Result<ProtectionActWindow, DomainError> {
  const request = window.pendingRequest;
  if (!request)
    return err(domainError('PROTECTION_ACT_EXTENSION_INVALID', { reason: 'NO_EXTENSION_PENDING' }));
  if (decision.reason.trim().length === 0) {
    return err(
      domainError('PROTECTION_ACT_EXTENSION_INVALID', { reason: 'EXTENSION_DECISION_REASONS_MISSING' }),
    );
  }
  const closesOn = decision.granted
    ? addWorkingDays(calendar, maxDate(window.closesOn, decision.decidedOn), request.workingDays)
    : window.closesOn;
  return ok({
    ...window,
    closesOn,
    reminders: reminders(calendar, window.opensOn, closesOn, policy),
    pendingRequest: null,
    extensions: [
      ...window.extensions,
      {
        ...request,
        granted: decision.granted,
        decidedOn: decision.decidedOn,
        decisionReason: decision.reason,
        closesOn,
      },
    ],
  });
}
