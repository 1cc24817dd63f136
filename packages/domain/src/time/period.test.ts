import { intersect, isValidPeriod, mergePeriods, periodContains, periodLength } from './period';

describe('Period: closed ranges of days', () => {
  it('measures, contains and intersects', () => {
    const p = { from: '2025-03-03', to: '2025-03-07' };
    expect(isValidPeriod(p)).toBe(true);
    expect(isValidPeriod({ from: '2025-03-08', to: '2025-03-07' })).toBe(false);
    expect(periodLength(p)).toBe(5);
    expect(periodContains(p, '2025-03-07')).toBe(true);
    expect(periodContains(p, '2025-03-08')).toBe(false);
    expect(intersect(p, { from: '2025-03-06', to: '2025-03-20' })).toEqual({
      from: '2025-03-06',
      to: '2025-03-07',
    });
    expect(intersect(p, { from: '2025-03-08', to: '2025-03-20' })).toBeUndefined();
  });

  it('merges overlapping and adjacent periods so no day counts twice', () => {
    expect(
      mergePeriods([
        { from: '2025-03-10', to: '2025-03-12' },
        { from: '2025-03-01', to: '2025-03-05' },
        { from: '2025-03-06', to: '2025-03-07' },
        { from: '2025-03-11', to: '2025-03-11' },
      ]),
    ).toEqual([
      { from: '2025-03-01', to: '2025-03-07' },
      { from: '2025-03-10', to: '2025-03-12' },
    ]);
  });
});
