import { fromEpochDay, type LocalDate } from './local-date';

/** An ISO-8601 timestamp with an explicit offset, e.g. `2025-03-04T09:30:00Z` or `...+05:00`. */
export type Instant = string;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * Asia/Almaty moved from UTC+6 to UTC+5 at 2024-03-01T00:00 local time (2024-02-29T18:00Z), when
 * Kazakhstan adopted a single time zone. Earlier instants use +6 (the domain has no cases before 2004,
 * when Almaty last observed daylight saving).
 */
export const ALMATY_UTC5_SINCE_EPOCH_MS = Date.UTC(2024, 1, 29, 18, 0, 0);

export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Milliseconds since the epoch; throws on malformed input (a programming error, not a rule). */
export function instantToEpochMs(instant: Instant): number {
  if (!isInstant(instant)) throw new RangeError(`Not an ISO-8601 instant with offset: ${String(instant)}`);
  return Date.parse(instant);
}

/** Offset of Kazakhstan's legal time (Asia/Almaty) at that moment, in minutes east of UTC. */
export const almatyOffsetMinutes = (epochMs: number): number =>
  epochMs >= ALMATY_UTC5_SINCE_EPOCH_MS ? 5 * 60 : 6 * 60;

/** The calendar day in Kazakhstan (Asia/Almaty) at that instant: the day that counts for legal terms. */
export function kazakhstanDateOf(instant: Instant): LocalDate {
  const ms = instantToEpochMs(instant);
  const local = ms + almatyOffsetMinutes(ms) * MS_PER_MINUTE;
  return fromEpochDay(Math.floor(local / MS_PER_DAY));
}

export const compareInstants = (a: Instant, b: Instant): number => instantToEpochMs(a) - instantToEpochMs(b);
