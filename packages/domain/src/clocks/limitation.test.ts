import fc from 'fast-check';
import { addDays, isAfter } from '../time/local-date';
import { checkWithinLimitation, limitationClocks, type LimitationInput } from './limitation';

const input = (over: Partial<LimitationInput> = {}): LimitationInput => ({
  discoveredOn: '2025-03-10',
  committedOn: '2025-03-01',
  gravity: 'ordinary',
  pauses: [],
  asOf: '2025-03-10',
  ...over,
});

describe('limitation clocks (art. 57 p.10-12)', () => {
  it('ordinary misconduct: 1 month from discovery binds before 6 months from commission', () => {
    const r = limitationClocks(input());
    expect(r.dueOn).toBe('2025-04-10');
    expect(r.binding).toBe('limitation-from-discovery');
    expect(r.clocks.map((c) => [c.clock, c.dueOn])).toEqual([
      ['limitation-from-discovery', '2025-04-10'],
      ['limitation-from-commission', '2025-09-01'],
    ]);
    expect(r.clocks[0]?.why.at(-1)).toEqual({
      kind: 'binding',
      clock: 'limitation-from-discovery',
      dueOn: '2025-04-10',
    });
    expect(r.clocks[0]?.citation).toBe('art. 57 p.10-12');
  });

  it('late discovery: 6 months from commission binds', () => {
    const r = limitationClocks(input({ committedOn: '2024-10-01', discoveredOn: '2025-03-20' }));
    expect(r.binding).toBe('limitation-from-commission');
    expect(r.dueOn).toBe('2025-04-01');
  });

  it('gross, discrediting or ethics misconduct: 3 months / 1 year', () => {
    for (const gravity of ['gross', 'discrediting', 'ethics'] as const) {
      const r = limitationClocks(input({ gravity }));
      expect(r.dueOn).toBe('2025-06-10');
      expect(r.clocks[1]?.dueOn).toBe('2026-03-01');
    }
  });

  it('after another proceeding ends: 1 month from its end, when that is later', () => {
    const r = limitationClocks(
      input({
        endedProceedings: [
          { kind: 'pre-trial-investigation', endedOn: '2025-05-02' },
          { kind: 'internal-investigation', endedOn: '2025-04-02' },
        ],
      }),
    );
    expect(r.binding).toBe('limitation-after-proceeding');
    expect(r.dueOn).toBe('2025-06-02');
    const early = limitationClocks(input({ endedProceedings: [{ kind: 'court', endedOn: '2025-03-01' }] }));
    expect(early.binding).toBe('limitation-from-discovery');
  });

  it('sick leave, vacation, appeals, expertise pause every clock', () => {
    const r = limitationClocks(
      input({ pauses: [{ cause: 'sick-leave', from: '2025-03-20', to: '2025-03-29' }] }),
    );
    expect(r.dueOn).toBe('2025-04-20');
    const open = limitationClocks(
      input({ pauses: [{ cause: 'expertise', from: '2025-03-15' }], asOf: '2025-03-20' }),
    );
    expect(open.provisional).toBe(true);
  });

  it('rejects a penalty after the period with the binding clock named', () => {
    expect(checkWithinLimitation(input(), '2025-04-10')).toBeUndefined();
    expect(checkWithinLimitation(input(), '2025-04-11')).toMatchObject({
      code: 'LIMITATION_PERIOD_EXPIRED',
      citation: 'art. 57 p.10-12',
      params: { dueOn: '2025-04-10', clock: 'limitation-from-discovery' },
    });
  });

  it('property: the deadline never precedes discovery or commission and pauses never shorten it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('ordinary', 'gross', 'ethics' as const),
        (lag, pauseAt, pauseLength, gravity) => {
          const committedOn = '2025-01-01';
          const discoveredOn = addDays(committedOn, lag);
          const plain = limitationClocks(
            input({ committedOn, discoveredOn, gravity: gravity as 'ordinary', asOf: discoveredOn }),
          );
          const paused = limitationClocks(
            input({
              committedOn,
              discoveredOn,
              gravity: gravity as 'ordinary',
              asOf: discoveredOn,
              pauses: [
                {
                  cause: 'vacation',
                  from: addDays(discoveredOn, pauseAt),
                  to: addDays(discoveredOn, pauseAt + pauseLength),
                },
              ],
            }),
          );
          expect(isAfter(committedOn, plain.dueOn)).toBe(false);
          expect(isAfter(plain.dueOn, paused.dueOn)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
