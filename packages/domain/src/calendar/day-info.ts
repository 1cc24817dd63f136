import type { LocalDate } from '../time/local-date';

/** Text in the three languages every officer-facing message must exist in. */
export interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** Why a day is (not) a working day, so every working-day count can be explained. */
export type DayKind =
  | 'working-day'
  | 'weekend'
  | 'public-holiday'
  | 'holiday-transfer'
  | 'decree-day-off'
  | 'decree-working-day';

export interface DayInfo {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly kind: DayKind;
  /** Holiday name, for holidays and days off transferred from a holiday. */
  readonly name?: Localized;
  /** Legal source of a non-ordinary day. */
  readonly source?: string;
}

/** A calendar of working days. Pure: the same date always gives the same answer. */
export interface WorkingCalendar {
  readonly id: string;
  dayInfo(date: LocalDate): DayInfo;
}
