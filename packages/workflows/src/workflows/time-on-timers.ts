/**
 * Why a workflow's time-based choices hang on timers, not on `Date.now()`.
 *
 * `@temporalio/worker` 1.24.0 can give an activation a stale time. A worker that cached a run only to answer a query
 * (the run was not in its cache, e.g. after a restart), and then takes that run's next workflow task after an
 * earlier attempt of it timed out (the dead worker's sticky queue), runs the task with the time of the run's last
 * completed task, not its own. A replay of the same history reads the task's own time. A choice made on the stale time
 * ("is this notice due?", "has this check-in's day come?") can then issue other commands than the replay does: the
 * case fails replay with TMPRL1100 and stops (tests/drills/findings, apps/workflow-worker's worker-kill test).
 *
 * So, in runs that record these patches: a notice fires only when a timer set for it (or for an earlier instant) has
 * fired, and a wait for a day always starts a timer, even when the day looks past. A fired timer proves its instant has
 * passed on every replay; a stale `Date.now()` then only makes a timer longer, which replay does not check.
 */
export const NOTICES_ON_TIMERS_PATCH = 'notices-fire-on-timers';
export const CHECK_INS_ON_TIMERS_PATCH = 'check-ins-wait-on-timers';
