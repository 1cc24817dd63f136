/**
 * Calendar dates for legal day-counting: `YYYY-MM-DD` strings, no time zone, no Date objects.
 * Arithmetic goes through a day number (days since 1970-01-01) computed with the proleptic
 * Gregorian algorithm, so nothing here depends on the host's time zone or clock.
 */
export type LocalDate = string;

/** Day of week, ISO numbering: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return fromEpochDay(daysFromCivil(y, m, d)) === value;
}

/** `YYYY-MM-DD` → days since 1970-01-01; throws on malformed input (a programming error, not a rule). */
export function toEpochDay(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromEpochDay(toEpochDay(date) + days);

/** Signed number of days from `from` to `to` (to - from). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => toEpochDay(to) - toEpochDay(from);

export const compareDates = (a: LocalDate, b: LocalDate): number => toEpochDay(a) - toEpochDay(b);
export const isBefore = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) > 0;
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (isAfter(a, b) ? a : b);
export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (isBefore(a, b) ? a : b);

/** ISO weekday; 1970-01-01 was a Thursday. */
export function weekdayOf(date: LocalDate): IsoWeekday {
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as IsoWeekday;
}

export const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

const daysInMonth = (y: number, m: number): number => {
  const next = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
  return next - daysFromCivil(y, m, 1);
};

/**
 * A term in months ends on the same day-of-month of the last month of the term, or on that month's
 * last day when it has no such day (general rule for terms counted in months, RK civil legislation).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = fromEpochDay(toEpochDay(date)).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return `${pad(ty, 4)}-${pad(tm, 2)}-${pad(Math.min(d, daysInMonth(ty, tm)), 2)}`;
}

export const addYears = (date: LocalDate, years: number): LocalDate => addMonths(date, years * 12);
