import {
  createPolicy,
  DEFAULT_POLICY,
  policyProblems,
  PROTECTION_ACT_MIN_WINDOW_WORKING_DAYS,
  validatePolicy,
} from './policy';

describe('DomainPolicy: configurable values the law does not fix', () => {
  it('documented defaults', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      explanationDeadlineWorkingDays: 2,
      investigationMaxExtensions: 1,
      investigationExtensionMaxDays: 30,
      appealPeriodCalendarDays: 30,
      protectionAct: {
        windowWorkingDays: 5,
        reminderWorkingDaysBeforeClose: [2, 1],
        maxExtensionWorkingDays: 5,
      },
      commissionNoticeWorkingDays: 1,
      supportCheckInOffsetsDays: [7, 30, 90, 180],
    });
    expect(validatePolicy(DEFAULT_POLICY)).toEqual({ ok: true, value: DEFAULT_POLICY });
  });

  it('the Protection Act window is never below 3 working days', () => {
    expect(PROTECTION_ACT_MIN_WINDOW_WORKING_DAYS).toBe(3);
    expect(createPolicy({ protectionAct: { windowWorkingDays: 3 } }).ok).toBe(true);
    expect(createPolicy({ protectionAct: { windowWorkingDays: 2 } })).toMatchObject({
      ok: false,
      error: {
        code: 'POLICY_INVALID',
        params: {
          reason: 'POLICY_VALUES_OUT_OF_BOUNDS',
          problems: 'protectionAct.windowWorkingDays must be a whole number ≥ 3',
        },
      },
    });
  });

  it('the commission notice is never below the law’s 1 working day; other values are sane', () => {
    expect(createPolicy({ commissionNoticeWorkingDays: 0 }).ok).toBe(false);
    expect(
      policyProblems({
        ...DEFAULT_POLICY,
        explanationDeadlineWorkingDays: 1.5,
        supportCheckInOffsetsDays: [30, 7],
        protectionAct: { ...DEFAULT_POLICY.protectionAct, reminderWorkingDaysBeforeClose: [0] },
      }),
    ).toEqual([
      'explanationDeadlineWorkingDays must be a whole number ≥ 1',
      'protectionAct.reminderWorkingDaysBeforeClose must be whole numbers ≥ 1',
      'supportCheckInOffsetsDays must be a non-empty ascending list of whole days ≥ 1',
    ]);
    expect(policyProblems({ ...DEFAULT_POLICY, supportCheckInOffsetsDays: [] })).toHaveLength(1);
    expect(createPolicy({ supportCheckInOffsetsDays: [3, 10] })).toMatchObject({
      ok: true,
      value: { supportCheckInOffsetsDays: [3, 10] },
    });
    expect(createPolicy().ok).toBe(true);
  });
});
