/** art. 57 p.2-1: circumstances that mitigate. */
export const MITIGATING_CIRCUMSTANCES = [
  'repentance',
  'self-report',
  'first-offence-with-admission',
  'no-damage',
] as const;
/** art. 57 p.2-2: circumstances that aggravate. */
export const AGGRAVATING_CIRCUMSTANCES = [
  'repeat-while-penalty-active',
  'involving-subordinates',
  'intoxication',
  'pressure-on-officials-or-relatives',
] as const;

export type MitigatingCircumstance = (typeof MITIGATING_CIRCUMSTANCES)[number];
export type AggravatingCircumstance = (typeof AGGRAVATING_CIRCUMSTANCES)[number];

export interface Circumstances {
  readonly personRef: string;
  readonly mitigating: readonly MitigatingCircumstance[];
  readonly aggravating: readonly AggravatingCircumstance[];
}

export interface CircumstanceLine {
  readonly circumstance: MitigatingCircumstance | AggravatingCircumstance;
  readonly effect: 'mitigating' | 'aggravating';
  readonly citation: 'art. 57 p.2-1' | 'art. 57 p.2-2';
}

/** What the decider is shown for one person: each circumstance with its effect and citation. */
export function circumstanceSummary(c: Circumstances): CircumstanceLine[] {
  return [
    ...c.mitigating.map((m) => ({
      circumstance: m,
      effect: 'mitigating' as const,
      citation: 'art. 57 p.2-1' as const,
    })),
    ...c.aggravating.map((a) => ({
      circumstance: a,
      effect: 'aggravating' as const,
      citation: 'art. 57 p.2-2' as const,
    })),
  ];
}

/**
 * art. 57 p.2-2: a repeat violation while an earlier penalty is still active aggravates. Derived from
 * the person's penalty history, so it is never forgotten by hand.
 */
export const isRepeatWhileActive = (
  activePenaltiesOnCommission: readonly { readonly imposedOn: string; readonly endedOn: string | null }[],
  committedOn: string,
): boolean =>
  activePenaltiesOnCommission.some(
    (p) => p.imposedOn <= committedOn && (p.endedOn === null || p.endedOn > committedOn),
  );

export const isMitigating = (v: unknown): v is MitigatingCircumstance =>
  (MITIGATING_CIRCUMSTANCES as readonly unknown[]).includes(v);
export const isAggravating = (v: unknown): v is AggravatingCircumstance =>
  (AGGRAVATING_CIRCUMSTANCES as readonly unknown[]).includes(v);
