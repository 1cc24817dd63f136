import { DIMENSIONS, type Dimension } from '../check-ins/questionnaire';

/** The smallest group statistics may describe (DOMAIN.md: k ≥ 5). Callers can raise it, never lower it. */
export const MIN_GROUP_SIZE = 5;

export type Granularity = 'month' | 'quarter';

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
  /** `2026-01` for a month, `2026-Q1` for a quarter. */
  readonly period: string;
  /** Distinct people who checked in: always ≥ the group minimum. */
  readonly people: number;
  readonly checkIns: number;
  readonly urgentCheckIns: number;
  /** Mean points per dimension over the group's check-ins, two decimals. */
  readonly meanByDimension: Readonly<Record<Dimension, number>>;
}

export function periodOf(day: string, granularity: Granularity): string {
  const [year, month] = day.split('-');
  if (granularity === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/**
 * Aggregates check-ins per unit and period and drops every group with fewer than k distinct people, so no
 * answer can be traced to a person through a small group. Totals across groups are not reported on
 * purpose: a total minus the published groups would reveal the suppressed ones.
 */
export function unitPeriodStats(
  facts: readonly CheckInFact[],
  granularity: Granularity,
  k: number = MIN_GROUP_SIZE,
): UnitPeriodStats[] {
  const minimum = Math.max(MIN_GROUP_SIZE, Math.ceil(k));
  const groups = new Map<string, CheckInFact[]>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.unitId, periodOf(fact.submittedOn, granularity)]);
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
