import type { LocalDate } from '../time/local-date';
import type { Period } from '../time/period';

export type ClockName =
  | 'explanation'
  | 'investigation'
  | 'conclusion-approval'
  | 'conclusion-familiarization'
  | 'limitation-from-discovery'
  | 'limitation-from-commission'
  | 'limitation-after-proceeding'
  | 'order-announcement'
  | 'penalty-expiry'
  | 'early-lifting'
  | 'appeal'
  | 'suspension'
  | 'suspension-announcement'
  | 'protection-act-window'
  | 'commission-notice';

export type TermUnit = 'months' | 'calendar-days' | 'working-days';

export interface Term {
  readonly unit: TermUnit;
  readonly amount: number;
}

/** What suspends a clock (art. 57 p.14-15, art. 58 p.4). */
export type PauseCause =
  | 'sick-leave'
  | 'vacation'
  | 'business-trip'
  | 'medical-treatment'
  | 'other-valid-absence'
  | 'appeal'
  | 'expertise'
  | 'pre-trial-investigation';

/** A pause of a clock; `to` missing means it is still running on the `asOf` day. */
export interface ClockPause {
  readonly cause: PauseCause;
  readonly from: LocalDate;
  readonly to?: LocalDate;
}

/** One line of "why is it due then", as data (rendered by clients in kk/ru/en). */
export type ClockReason =
  | { readonly kind: 'start'; readonly on: LocalDate; readonly event: string }
  | { readonly kind: 'term'; readonly term: Term; readonly endsOn: LocalDate }
  | { readonly kind: 'paused'; readonly cause: PauseCause; readonly period: Period; readonly days: number }
  | { readonly kind: 'paused-total'; readonly days: number }
  | { readonly kind: 'still-paused'; readonly cause: PauseCause; readonly since: LocalDate }
  | { readonly kind: 'extended'; readonly days: number; readonly reason: string }
  /** A term that binds the employee and ends on a day off ends on the next working day instead. */
  | { readonly kind: 'moved-to-working-day'; readonly from: LocalDate; readonly to: LocalDate }
  | { readonly kind: 'binding'; readonly clock: ClockName; readonly dueOn: LocalDate }
  | { readonly kind: 'never'; readonly reason: string };

/** A legal clock's answer: when it is due, why, and under which rule. */
export interface ClockAnswer {
  readonly clock: ClockName;
  readonly dueOn: LocalDate;
  readonly citation: string;
  /** True while a pause is still running: the due date will move as days pass. */
  readonly provisional: boolean;
  readonly why: readonly ClockReason[];
}
