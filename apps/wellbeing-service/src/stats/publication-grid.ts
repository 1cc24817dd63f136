/**
 * Which cells of the publication grid a statistics request may see. The grid is fixed: unit × calendar
 * quarter, nothing finer, no free windows. Only closed quarters (ended before today, Kazakhstan calendar)
 * are published, so a cell never changes once it is out: comparing two answers over time cannot isolate
 * the check-ins added in between either.
 */
export interface StatsRequest {
  readonly year: number;
  /** 1–4; absent: every closed quarter of the year. */
  readonly quarter?: number | undefined;
}

export type GridAnswer =
  | { readonly ok: true; readonly quarters: ReadonlySet<string> }
  | { readonly ok: false; readonly field: 'quarter'; readonly detail: string };

/** The last day of a quarter, `YYYY-MM-DD`. */
export function lastDayOfQuarter(year: number, quarter: number): string {
  const lastDay = new Date(Date.UTC(year, quarter * 3, 0));
  return lastDay.toISOString().slice(0, 10);
}

const isClosed = (year: number, quarter: number, today: string): boolean =>
  lastDayOfQuarter(year, quarter) < today;

export function publishedQuarters(request: StatsRequest, today: string): GridAnswer {
  const { year, quarter } = request;
  if (quarter !== undefined) {
    if (!isClosed(year, quarter, today))
      return {
        ok: false,
        field: 'quarter',
        detail: `${year}-Q${quarter} is published after it ends (${lastDayOfQuarter(year, quarter)})`,
      };
    return { ok: true, quarters: new Set([`${year}-Q${quarter}`]) };
  }
  const closed = [1, 2, 3, 4].filter((q) => isClosed(year, q, today)).map((q) => `${year}-Q${q}`);
  return { ok: true, quarters: new Set(closed) };
}
