import { circumstanceSummary, isAggravating, isMitigating, isRepeatWhileActive } from './circumstances';
import { isMoreSevere, isPenaltyKind, PENALTY_LADDER, penaltyStep, severityOf } from './ladder';
import { checkPenaltiesPerPerson } from './per-person';
import {
  checkPenaltyProcedure,
  collegiumExceptionCovers,
  requiresInvestigationAndCommission,
} from './procedure';

describe('the nine-step penalty ladder (art. 56 p.2)', () => {
  it('orders the penalties from remark to dismissal with loss of special rank', () => {
    expect(PENALTY_LADDER).toHaveLength(9);
    expect(penaltyStep('remark')).toBe(1);
    expect(penaltyStep('dismissal-with-loss-of-rank')).toBe(9);
    expect(isPenaltyKind('reprimand')).toBe(true);
    expect(isPenaltyKind('fine')).toBe(false);
  });

  it('severity classes (art. 56 p.6): minor 1-3, significant 4 and 6, gross 5, 7, 8, 9', () => {
    expect(PENALTY_LADDER.map(severityOf)).toEqual([
      'minor',
      'minor',
      'minor',
      'significant',
      'gross',
      'significant',
      'gross',
      'gross',
      'gross',
    ]);
    expect(isMoreSevere('removal-from-post', 'rank-demotion')).toBe(true);
    expect(isMoreSevere('reprimand', 'remark')).toBe(true);
    expect(isMoreSevere('remark', 'reprimand')).toBe(false);
  });
});

describe('which penalties need an investigation and a commission (art. 57 p.4)', () => {
  it('penalties 4, 5, 7, 8, 9', () => {
    expect(PENALTY_LADDER.filter(requiresInvestigationAndCommission).map(penaltyStep)).toEqual([
      4, 5, 7, 8, 9,
    ]);
    expect(PENALTY_LADDER.filter(collegiumExceptionCovers).map(penaltyStep)).toEqual([4, 5]);
  });

  const d = (penalty: Parameters<typeof penaltyStep>[0]) => ({ personRef: 'officer-a', penalty });

  it('admission fast track (art. 57 p.3): only with a written admission and not for 4, 5, 7-9', () => {
    expect(checkPenaltyProcedure(d('severe-reprimand'), { kind: 'admission' }, true)).toBeUndefined();
    expect(checkPenaltyProcedure(d('rank-demotion'), { kind: 'admission' }, true)).toBeUndefined();
    expect(checkPenaltyProcedure(d('remark'), { kind: 'admission' }, false)?.code).toBe('ADMISSION_REQUIRED');
    expect(checkPenaltyProcedure(d('dismissal'), { kind: 'admission' }, true)).toMatchObject({
      code: 'INVESTIGATION_REQUIRED',
      citation: 'art. 57 p.4',
    });
  });

  it('after an investigation, 4, 5, 7-9 need the commission’s recommendation', () => {
    const none = { kind: 'investigation', commissionRecommended: null } as const;
    expect(checkPenaltyProcedure(d('dismissal'), none, false)?.code).toBe(
      'COMMISSION_RECOMMENDATION_REQUIRED',
    );
    expect(checkPenaltyProcedure(d('reprimand'), none, false)).toBeUndefined();
    expect(
      checkPenaltyProcedure(
        d('dismissal'),
        { kind: 'investigation', commissionRecommended: 'dismissal' },
        false,
      ),
    ).toBeUndefined();
  });

  it('the collegium exception: warning or removal, written admission, fully established facts', () => {
    const collegium = {
      kind: 'collegium',
      decisionRef: 'col-1',
      writtenAdmission: true,
      factsFullyEstablished: true,
    } as const;
    expect(checkPenaltyProcedure(d('removal-from-post'), collegium, true)).toBeUndefined();
    expect(checkPenaltyProcedure(d('dismissal'), collegium, true)?.code).toBe(
      'COLLEGIUM_EXCEPTION_NOT_APPLICABLE',
    );
    expect(
      checkPenaltyProcedure(
        d('incomplete-compliance-warning'),
        { ...collegium, factsFullyEstablished: false },
        true,
      )?.code,
    ).toBe('COLLEGIUM_EXCEPTION_NOT_APPLICABLE');
    expect(
      checkPenaltyProcedure(
        d('incomplete-compliance-warning'),
        { ...collegium, writtenAdmission: false },
        true,
      )?.code,
    ).toBe('COLLEGIUM_EXCEPTION_NOT_APPLICABLE');
  });
});

describe('one penalty per violation, each person separately (art. 57 p.5-6)', () => {
  const violations = [{ id: 'v1', subjectRefs: ['officer-a', 'officer-b'] }];
  it('accepts one penalty per person per violation', () => {
    expect(
      checkPenaltiesPerPerson(
        [
          { personRef: 'officer-a', violationId: 'v1', penalty: 'remark' },
          { personRef: 'officer-b', violationId: 'v1', penalty: 'reprimand' },
        ],
        violations,
      ),
    ).toBeUndefined();
  });
  it('rejects a second penalty for the same violation', () => {
    expect(
      checkPenaltiesPerPerson(
        [
          { personRef: 'officer-a', violationId: 'v1', penalty: 'remark' },
          { personRef: 'officer-a', violationId: 'v1', penalty: 'reprimand' },
        ],
        violations,
      ),
    ).toMatchObject({ code: 'ONE_PENALTY_PER_VIOLATION', citation: 'art. 57 p.5' });
  });
  it('rejects a penalty for someone who is not a subject of that violation', () => {
    expect(
      checkPenaltiesPerPerson([{ personRef: 'officer-c', violationId: 'v1', penalty: 'remark' }], violations)
        ?.code,
    ).toBe('PENALTY_PER_PERSON');
    expect(
      checkPenaltiesPerPerson([{ personRef: 'officer-a', violationId: 'v9', penalty: 'remark' }], violations)
        ?.code,
    ).toBe('PENALTY_PER_PERSON');
  });
});

describe('mitigating and aggravating circumstances (art. 57 p.2-1, 2-2)', () => {
  it('are shown to the decider with their citations', () => {
    expect(
      circumstanceSummary({
        personRef: 'officer-a',
        mitigating: ['repentance'],
        aggravating: ['intoxication'],
      }),
    ).toEqual([
      { circumstance: 'repentance', effect: 'mitigating', citation: 'art. 57 p.2-1' },
      { circumstance: 'intoxication', effect: 'aggravating', citation: 'art. 57 p.2-2' },
    ]);
    expect(isMitigating('no-damage')).toBe(true);
    expect(isMitigating('intoxication')).toBe(false);
    expect(isAggravating('involving-subordinates')).toBe(true);
  });

  it('a repeat violation while a penalty is active aggravates', () => {
    const history = [{ imposedOn: '2025-01-10', endedOn: null }];
    expect(isRepeatWhileActive(history, '2025-03-01')).toBe(true);
    expect(isRepeatWhileActive([{ imposedOn: '2025-01-10', endedOn: '2025-02-01' }], '2025-03-01')).toBe(
      false,
    );
    expect(isRepeatWhileActive(history, '2024-12-01')).toBe(false);
  });
});
