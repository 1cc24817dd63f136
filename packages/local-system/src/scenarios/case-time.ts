// Case time as a client sees it. With QORGAU_TIME_SCALE = S a case lives on a virtual timeline S times faster than
// real time from its start; the only public readings of it are the instants its events were recorded at
// (`occurredAt` in GET /cases/:id/timeline). Between readings the client extrapolates: virtual now = last reading
// + real time since × S. The error is about half a request's latency × S (50 ms at S = 21,600: 9 minutes).

const DAY_MS = 86_400_000;
/** Kazakhstan has one time zone, UTC+5, since 2024-03-01; legal days are Kazakhstan calendar days. */
const KZ_OFFSET_MS = 5 * 3_600_000;

/** The Kazakhstan calendar day (YYYY-MM-DD) of an instant. */
export const kazakhstanDate = (ms: number): string => new Date(ms + KZ_OFFSET_MS).toISOString().slice(0, 10);

/** "YYYY-MM-DD HH:MM" in Kazakhstan time. */
export const kazakhstanMinute = (ms: number): string =>
  new Date(ms + KZ_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** 00:00 Kazakhstan time of a calendar day, epoch ms. */
export const startOfKazakhstanDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) - KZ_OFFSET_MS;

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export class CaseTimeEstimate {
  private reading: { virtual: number; real: number } | undefined;

  /** `scale`: case milliseconds per real millisecond (QORGAU_TIME_SCALE); 1 is real time. */
  constructor(readonly scale: number) {
    if (!Number.isFinite(scale) || scale < 1)
      throw new Error(`time scale must be a number ≥ 1, not ${scale}`);
  }

  /** A recorded event's instant, read from a request that ran between `realFrom` and `realTo`. */
  observe(occurredAt: string, realFrom: number, realTo: number): void {
    const virtual = Date.parse(occurredAt);
    if (Number.isFinite(virtual)) this.reading = { virtual, real: (realFrom + realTo) / 2 };
  }

  /** Case now, epoch ms; before the first reading (no case yet) it is real now. */
  now(realNow = Date.now()): number {
    if (!this.reading) return realNow;
    return this.reading.virtual + (realNow - this.reading.real) * this.scale;
  }

  /** Real milliseconds until the case clock reaches `virtualMs` (0 when it has). */
  realMsUntil(virtualMs: number): number {
    return Math.max(0, (virtualMs - this.now()) / this.scale);
  }
}
