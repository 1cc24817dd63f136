import { checkEarlyLifting, earlyLiftingClock, penaltyExpiryClock } from './penalty-term';

describe('penalty expiry (art. 57 p.17) and early lifting (art. 55)', () => {
  it('a penalty lasts six months', () => {
    expect(penaltyExpiryClock('2025-02-28')).toMatchObject({ dueOn: '2025-08-28', citation: 'art. 57 p.17' });
    expect(penaltyExpiryClock('2025-08-31').dueOn).toBe('2026-02-28');
  });

  it('minor: any time; significant: after 3 months; gross: never', () => {
    expect(earlyLiftingClock('remark', '2025-02-10')?.dueOn).toBe('2025-02-10');
    expect(earlyLiftingClock('incomplete-compliance-warning', '2025-02-10')?.dueOn).toBe('2025-05-10');
    expect(earlyLiftingClock('rank-demotion', '2025-02-10')?.dueOn).toBe('2025-05-10');
    expect(earlyLiftingClock('removal-from-post', '2025-02-10')).toBeUndefined();
  });

  it('checks a lifting request', () => {
    expect(
      checkEarlyLifting({ kind: 'reprimand', imposedOn: '2025-02-10' }, '2025-02-11', 0),
    ).toBeUndefined();
    expect(checkEarlyLifting({ kind: 'dismissal', imposedOn: '2025-02-10' }, '2025-12-01', 0)?.code).toBe(
      'EARLY_LIFTING_GROSS_PENALTY',
    );
    expect(
      checkEarlyLifting({ kind: 'rank-demotion', imposedOn: '2025-02-10' }, '2025-05-09', 0),
    ).toMatchObject({
      code: 'EARLY_LIFTING_TOO_EARLY',
      params: { earliest: '2025-05-10' },
    });
    expect(checkEarlyLifting({ kind: 'remark', imposedOn: '2025-02-10' }, '2025-03-01', 1)?.code).toBe(
      'EARLY_LIFTING_ONE_AT_A_TIME',
    );
  });
});
