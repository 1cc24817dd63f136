import type { WorkingCalendar } from '../calendar/day-info';
import { addWorkingDays, subtractWorkingDays } from '../calendar/working-days';
import type { ClockAnswer } from '../clocks/clock';
import { domainError, type DomainError } from '../errors/domain-error';
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

/** Filing and amending is possible through the closing day, and while an extension request is undecided. */
export const isWindowOpen = (window: ProtectionActWindow, on: LocalDate): boolean =>
  !isAfter(on, window.closesOn) || window.pendingRequest !== null;

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
  const invalid = (reason: string) => err(domainError('PROTECTION_ACT_EXTENSION_INVALID', { reason }));
  if (window.pendingRequest) return invalid('a request is already pending');
  if (!isWindowOpen(window, request.requestedOn)) return invalid('the window has closed');
  if (request.reason.trim().length === 0) return invalid('the request must state its reasons');
  if (!Number.isInteger(request.workingDays) || request.workingDays < 1)
    return invalid('ask for whole working days');
  if (grantedDays(window) + request.workingDays > policy.maxExtensionWorkingDays) {
    return invalid(`at most ${policy.maxExtensionWorkingDays} working days in total`);
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
    return err(domainError('PROTECTION_ACT_EXTENSION_INVALID', { reason: 'no request is pending' }));
  if (decision.reason.trim().length === 0) {
    return err(
      domainError('PROTECTION_ACT_EXTENSION_INVALID', { reason: 'the decision must state its reasons' }),
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
