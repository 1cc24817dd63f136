import {
  DEFAULT_ENVIRONMENT,
  addDays,
  almatyOffsetMinutes,
  caseDeadlines,
  kazakhstanDateOf,
  subtractWorkingDays,
  toEpochDay,
  type CaseDeadline,
  type CaseState,
  type DecisionEnvironment,
  type Instant,
  type LocalDate,
} from '@qorgau/domain';

/** Workflow-side policy for reminders: Qorgau's choice, not law (see the package README). */
export interface TimerPolicy {
  /** Working days before a deadline when its reminder goes out (default [2]). */
  readonly reminderWorkingDaysBefore: readonly number[];
  /** Clocks that get no timers (a workflow recorded before their timers existed keeps its history). */
  readonly ignoredClocks?: readonly string[];
}

export const DEFAULT_TIMER_POLICY: TimerPolicy = { reminderWorkingDaysBefore: [2] };

/**
 * What a timer does when it fires:
 * - `reminder`: `case.deadline-approaching` to the people concerned;
 * - `escalation`: `case.deadline-passed`, addressed to the ordering head;
 * - `expire-penalty`: the automatic transition of art. 57 p.17 (ExpirePenalty through the decider);
 * - `window-closed`: a Protection Act window closed (`case.protection-act-window-closed`, says whether it was used).
 */
export type NoticeKind = 'reminder' | 'escalation' | 'expire-penalty' | 'window-closed';

export interface PlannedNotice {
  /** Stable identity: sent once, carried across continueAsNew. Contains the due day, so a moved deadline is a new notice. */
  readonly key: string;
  readonly kind: NoticeKind;
  /** Epoch milliseconds at which the timer fires. */
  readonly fireAt: number;
  readonly deadline: CaseDeadline;
  readonly workingDaysBefore?: number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** 00:00 Kazakhstan time of `date`, as epoch milliseconds. */
export function startOfKazakhstanDay(date: LocalDate): number {
  const utcMidnight = toEpochDay(date) * MS_PER_DAY;
  // The offset in force at that local midnight (UTC+6 before 2024-03-01, UTC+5 since).
  const guess = utcMidnight - 5 * 60 * MS_PER_MINUTE;
  return utcMidnight - almatyOffsetMinutes(guess) * MS_PER_MINUTE;
}

/** The instant a deadline on `date` has passed: the end of that day in Kazakhstan (= the next day's 00:00). */
export const endOfKazakhstanDay = (date: LocalDate): number => startOfKazakhstanDay(addDays(date, 1));

/** The identity of a deadline (clock, whom it concerns, due day). */
export const deadlineKey = (d: CaseDeadline): string =>
  [d.clock.clock, d.personRef ?? '-', d.penaltyId ?? d.violationId ?? '-', d.clock.dueOn].join(':');

/** Every notice the case's current clocks imply, fired or not, in firing order. Pure. */
export function plannedNotices(
  state: CaseState,
  asOf: Instant,
  policy: TimerPolicy = DEFAULT_TIMER_POLICY,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): PlannedNotice[] {
  const out: PlannedNotice[] = [];
  for (const deadline of caseDeadlines(state, kazakhstanDateOf(asOf), env)) {
    if (policy.ignoredClocks?.includes(deadline.clock.clock)) continue;
    const key = deadlineKey(deadline);
    const { clock } = deadline;
    switch (clock.clock) {
      case 'early-lifting':
        // A permission (the earliest day a reward may lift the penalty), not a term: nothing to remind.
        break;
      case 'penalty-expiry':
        out.push({
          key: `expire:${key}`,
          kind: 'expire-penalty',
          fireAt: startOfKazakhstanDay(clock.dueOn),
          deadline,
        });
        break;
      case 'protection-act-window': {
        const act = state.protectionActs.find((a) => a.personRef === deadline.personRef);
        for (const day of act?.window.reminders ?? []) {
          out.push({
            key: `remind:${key}:${day}`,
            kind: 'reminder',
            fireAt: startOfKazakhstanDay(day),
            deadline,
          });
        }
        out.push({
          key: `closed:${key}`,
          kind: 'window-closed',
          fireAt: endOfKazakhstanDay(clock.dueOn),
          deadline,
        });
        break;
      }
      default:
        for (const n of policy.reminderWorkingDaysBefore) {
          const day = subtractWorkingDays(env.calendar, clock.dueOn, n);
          out.push({
            key: `remind:${key}:${n}`,
            kind: 'reminder',
            fireAt: startOfKazakhstanDay(day),
            deadline,
            workingDaysBefore: n,
          });
        }
        out.push({
          key: `passed:${key}`,
          kind: 'escalation',
          fireAt: endOfKazakhstanDay(clock.dueOn),
          deadline,
        });
    }
  }
  return out.sort((a, b) => a.fireAt - b.fireAt || a.key.localeCompare(b.key));
}

export interface TimerPlan {
  /** Notices whose instant has come and that were not sent yet. */
  readonly due: PlannedNotice[];
  /** The next instant something fires (epoch ms), or null when nothing is scheduled. */
  readonly nextFireAt: number | null;
}

/**
 * What to do now and when to wake up next. A provisional clock (a pause still running) moves as days pass,
 * so the workflow also wakes at the next Kazakhstan midnight to recompute it.
 */
export function planTimers(
  state: CaseState,
  nowMs: number,
  sent: ReadonlySet<string>,
  policy: TimerPolicy = DEFAULT_TIMER_POLICY,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): TimerPlan {
  const asOf = new Date(nowMs).toISOString();
  const notices = plannedNotices(state, asOf, policy, env).filter((n) => !sent.has(n.key));
  const due = notices.filter((n) => n.fireAt <= nowMs);
  const future = notices.filter((n) => n.fireAt > nowMs).map((n) => n.fireAt);
  const provisional = caseDeadlines(state, kazakhstanDateOf(asOf), env).some((d) => d.clock.provisional);
  if (provisional) future.push(endOfKazakhstanDay(kazakhstanDateOf(asOf)));
  return { due, nextFireAt: future.length > 0 ? Math.min(...future) : null };
}
