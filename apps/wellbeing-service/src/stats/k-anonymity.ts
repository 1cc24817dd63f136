import { DIMENSIONS, type Dimension } from '../check-ins/questionnaire';

/** The smallest group statistics may describe (DOMAIN.md: k ≥ 5). Callers can raise it, never lower it. */
export const MIN_GROUP_SIZE = 5;

/** One self check-in as the statistics see it: no answers, no text. */
export interface CheckInFact {
  readonly unitId: string;
  readonly personRef: string;
  /** `YYYY-MM-DD`, Kazakhstan calendar day of submission. */
  readonly submittedOn: string;
  readonly urgent: boolean;
  readonly byDimension: Readonly<Record<Dimension, number>>;
}

export interface UnitPeriodStats {
  readonly unitId: string;
  /** A calendar quarter of the publication grid, `2026-Q1`. */
  readonly period: string;
  /** Distinct people who checked in: always ≥ the group minimum. */
  readonly people: number;
  readonly checkIns: number;
  readonly urgentCheckIns: number;
  /** Mean points per dimension over the group's check-ins, two decimals. */
  readonly meanByDimension: Readonly<Record<Dimension, number>>;
}

/** The grid cell (calendar quarter) of a day: `2026-05-08` → `2026-Q2`. */
export function quarterOf(day: string): string {
  const [year, month] = day.split('-');
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/**
 * Aggregates check-ins per unit and calendar quarter (the one publication grid) over the given quarters
 * only, and drops every cell with fewer than k distinct people. A cell's figures depend on nothing but its
 * own check-ins, and cells never overlap, so no difference of two answers can expose a dropped cell;
 * totals across cells are not reported for the same reason.
 */
export function unitPeriodStats(
  facts: readonly CheckInFact[],
  quarters: ReadonlySet<string>,
  k: number = MIN_GROUP_SIZE,
): UnitPeriodStats[] {
  const minimum = Math.max(MIN_GROUP_SIZE, Math.ceil(k));
  const groups = new Map<string, CheckInFact[]>();
  for (const fact of facts) {
    const period = quarterOf(fact.submittedOn);
    if (!quarters.has(period)) continue;
    const key = JSON.stringify([fact.unitId, period]);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const out: UnitPeriodStats[] = [];
  for (const [key, group] of groups) {
    const people = new Set(group.map((f) => f.personRef)).size;
    if (people < minimum) continue;
    const [unitId, period] = JSON.parse(key) as [string, string];
    const mean = (d: Dimension) =>
      Math.round((group.reduce((sum, f) => sum + f.byDimension[d], 0) / group.length) * 100) / 100;
    out.push({
      unitId,
      period,
      people,
      checkIns: group.length,
      urgentCheckIns: group.filter((f) => f.urgent).length,
      meanByDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, mean(d)])) as Record<Dimension, number>,
    });
  }
  return out.sort((a, b) => a.period.localeCompare(b.period) || a.unitId.localeCompare(b.unitId));
}
