/** Kazakhstan keeps one zone, UTC+5, since 1 March 2024: legal days are counted on its calendar. */
const KZ_OFFSET_MS = 5 * 3600_000;
const DAY_MS = 86_400_000;

export const kazakhstanDay = (instant: string): string =>
  new Date(new Date(instant).getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);

/** Whole calendar days from the day `instant` falls on (in Kazakhstan) to `dueOn`; never negative. */
export function daysUntil(instant: string, dueOn: string): number {
  const from = Date.parse(`${kazakhstanDay(instant)}T00:00:00Z`);
  const to = Date.parse(`${dueOn}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / DAY_MS));
}
