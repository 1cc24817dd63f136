import fc from 'fast-check';
import {
  CONSISTENCY_SCALE,
  reviewConsistency,
  summarizeComparablePenalties,
  typicalOutcome,
  type PastCase,
} from '../fairness/consistency';
import { PENALTY_LADDER, type PenaltyKind } from '../penalties/ladder';
import { penalty, scheduled, unanimous } from '../test-support/case-builder';
import { rejection, step } from '../test-support/fixtures';
import type { CaseCommand } from './commands';

const past = (n: number, outcome: PenaltyKind | null, type = 'conflict-between-colleagues'): PastCase[] =>
  Array.from({ length: n }, (_, i) => ({
    caseRef: `past-${outcome ?? 'none'}-${i}`,
    misconductType: type,
    outcomes: [{ personRef: `p${i}`, penalty: outcome }],
  }));

const hold = (
  choice: PenaltyKind,
  over: Partial<Extract<CaseCommand, { type: 'HoldCommissionSession' }>> = {},
) =>
  ({
    type: 'HoldCommissionSession',
    presentRefs: ['m1', 'm2', 'm3', 'm4', 'm5'],
    considerations: [
      {
        personRef: 'a',
        participation: 'in-person',
        votes: unanimous({ kind: 'penalty', penalty: 'remark' }),
      },
      { personRef: 'b', participation: 'video', votes: unanimous({ kind: 'penalty', penalty: choice }) },
    ],
    protectionActReferences: {},
    record: { comparableCases: [...past(4, 'remark'), ...past(2, 'reprimand')], priorPenalties: [] },
    ...over,
  }) as CaseCommand;

describe('the commission decides seeing comparable cases and the circumstances', () => {
  it('a penalty beyond the band from the typical outcome needs a written reason, which goes into the minutes', () => {
    const run = scheduled([penalty('a', 'remark'), penalty('b', 'severe-reprimand')]);
    // Typical outcome of 6 comparable decisions: remark; severe reprimand is 2 steps away (band 1).
    expect(rejection(run, hold('severe-reprimand'), '2025-04-17')).toMatchObject({
      code: 'CONSISTENCY_REASON_REQUIRED',
      params: { person: 'b', proposed: 'severe-reprimand', typical: 'remark', steps: 2, band: 1 },
    });
    const reason = 'B struck a colleague in front of detainees: graver than the comparable insults.';
    const held = step(run, hold('severe-reprimand', { consistencyReasons: { b: reason } }), '2025-04-17');
    const minutes = held.state.commission?.minutes ?? [];
    expect(minutes.find((m) => m.personRef === 'b')?.consistency).toMatchObject({
      typical: 'remark',
      decided: 'severe-reprimand',
      departureSteps: 2,
      beyondBand: true,
      reason,
    });
    expect(minutes.find((m) => m.personRef === 'a')?.consistency).toMatchObject({
      departureSteps: 0,
      reason: null,
    });
  });

  it('within the band, or with too few comparable cases, no reason is needed', () => {
    const run = scheduled([penalty('a', 'remark'), penalty('b', 'reprimand')]);
    expect(step(run, hold('reprimand'), '2025-04-17').state.stage).toBe('commission-decided');
    const few = hold('severe-reprimand', {
      record: { comparableCases: past(4, 'remark'), priorPenalties: [] },
    });
    const held = step(
      scheduled([penalty('a', 'remark'), penalty('b', 'severe-reprimand')]),
      few,
      '2025-04-17',
    );
    expect(held.state.commission?.minutes?.[1]?.consistency).toMatchObject({
      typical: null,
      beyondBand: false,
    });
    expect(held.state.commission?.minutes?.[1]?.consistency.summary).toMatchObject({ suppressed: true });
  });

  it('a penalty from another case in force when the violation was committed is in the minutes as a repeat', () => {
    const run = scheduled([penalty('a', 'remark'), penalty('b', 'reprimand')]);
    const held = step(
      run,
      hold('reprimand', {
        record: {
          comparableCases: [],
          priorPenalties: [{ personRef: 'b', imposedOn: '2025-01-10', endedOn: null }],
        },
      }),
      '2025-04-17',
    );
    expect(held.state.commission?.minutes?.map((m) => [m.personRef, m.repeatWhilePenaltyActive])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('property: the typical outcome is a median of the comparable decisions; departures are symmetric steps', () => {
    const outcome = fc.constantFrom<PenaltyKind | null>(null, ...PENALTY_LADDER);
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 5, maxLength: 30 }), outcome, (outcomes, decidedRaw) => {
        const cases: PastCase[] = outcomes.map((penalty, i) => ({
          caseRef: `c${i}`,
          misconductType: 't',
          outcomes: [{ personRef: `p${i}`, penalty }],
        }));
        const summary = summarizeComparablePenalties(cases, 't', 5);
        const typical = typicalOutcome(summary);
        const rank = (o: PenaltyKind | 'no-penalty' | null) => CONSISTENCY_SCALE.indexOf(o ?? 'no-penalty');
        const ranks = outcomes.map(rank);
        const below = ranks.filter((r) => r < rank(typical)).length;
        const above = ranks.filter((r) => r > rank(typical)).length;
        const decided = decidedRaw ?? 'no-penalty';
        const review = reviewConsistency('x', summary, decided, 1, undefined);
        return (
          below <= outcomes.length / 2 &&
          above <= outcomes.length / 2 &&
          review.departureSteps === Math.abs(rank(decided) - rank(typical)) &&
          review.beyondBand === review.departureSteps > 1
        );
      }),
    );
  });
});
