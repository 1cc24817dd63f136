/** The nine disciplinary penalties of art. 56 p.2, in order of the ladder. */
export const PENALTY_LADDER = [
  'remark',
  'reprimand',
  'severe-reprimand',
  'incomplete-compliance-warning',
  'removal-from-post',
  'rank-demotion',
  'dismissal',
  'dismissal-with-loss-of-honours',
  'dismissal-with-loss-of-rank',
] as const;

export type PenaltyKind = (typeof PENALTY_LADDER)[number];

/** art. 56 p.6: minor = 1-3, significant = 4 or 6, gross = 5, 7, 8, 9. */
export type SeverityClass = 'minor' | 'significant' | 'gross';

export const PENALTY_LADDER_CITATION = 'art. 56 p.2';
export const SEVERITY_CITATION = 'art. 56 p.6';

export const isPenaltyKind = (value: unknown): value is PenaltyKind =>
  typeof value === 'string' && (PENALTY_LADDER as readonly string[]).includes(value);

/** Position on the ladder, 1 (remark) ... 9 (dismissal with loss of special rank). */
export const penaltyStep = (kind: PenaltyKind): number => PENALTY_LADDER.indexOf(kind) + 1;

export function severityOf(kind: PenaltyKind): SeverityClass {
  const step = penaltyStep(kind);
  if (step <= 3) return 'minor';
  return step === 4 || step === 6 ? 'significant' : 'gross';
}

const SEVERITY_RANK: Record<SeverityClass, number> = { minor: 1, significant: 2, gross: 3 };

/**
 * Whether `a` is more severe than `b`: first by severity class (art. 56 p.6), then by ladder step.
 * Removal from post (5, gross) is therefore harsher than demotion (6, significant).
 */
export const isMoreSevere = (a: PenaltyKind, b: PenaltyKind): boolean =>
  SEVERITY_RANK[severityOf(a)] !== SEVERITY_RANK[severityOf(b)]
    ? SEVERITY_RANK[severityOf(a)] > SEVERITY_RANK[severityOf(b)]
    : penaltyStep(a) > penaltyStep(b);
