import fc from 'fast-check';
import { addDays, isAfter } from '../time/local-date';
import {
  completeCheckIn,
  dueCheckIns,
  recordConsent,
  stopSupport,
  supportPlanForAssaultOnDuty,
  supportPlansForDecision,
} from './support-plan';

const parties = [
  { personRef: 'a', roles: ['applicant', 'subject'] as const },
  { personRef: 'b', roles: ['subject'] as const },
  { personRef: 'w1', roles: ['witness'] as const },
  { personRef: 'w2', roles: ['witness'] as const },
];
const offsets = [7, 30, 90, 180];

describe('support plans after a decision', () => {
  const plans = supportPlansForDecision({
    caseId: 'c1',
    parties,
    decidedOn: '2025-03-01',
    witnessRequests: ['w2'],
    offsetsDays: offsets,
  });

  it('for every applicant and subject, and witnesses on request', () => {
    expect(plans.map((p) => p.planId)).toEqual(['support-a-c1', 'support-b-c1', 'support-w2-c1']);
    expect(plans[0]?.trigger).toEqual({
      kind: 'case-decision',
      caseId: 'c1',
      roles: ['applicant', 'subject'],
    });
  });

  it('check-ins at the default offsets 7/30/90/180 days', () => {
    expect(plans[0]?.checkIns.map((c) => c.dueOn)).toEqual([
      '2025-03-08',
      '2025-03-31',
      '2025-05-30',
      '2025-08-28',
    ]);
  });

  it('nothing happens without consent; a decline cancels everything', () => {
    const plan = plans[0]!;
    expect(dueCheckIns(plan, '2025-12-31')).toEqual([]);
    const declined = recordConsent(plan, 'declined', '2025-03-02');
    expect(declined.consent).toEqual({ state: 'declined', changedOn: '2025-03-02' });
    expect(declined.checkIns.every((c) => c.status === 'cancelled')).toBe(true);
    expect(completeCheckIn(declined, 0)).toMatchObject({
      ok: false,
      error: { code: 'SUPPORT_CONSENT_REQUIRED' },
    });
  });

  it('with consent check-ins fall due; stopping cancels the rest', () => {
    const given = recordConsent(plans[1]!, 'given', '2025-03-02');
    expect(dueCheckIns(given, '2025-04-01').map((c) => c.index)).toEqual([0, 1]);
    const done = completeCheckIn(given, 0);
    if (!done.ok) throw new Error('expected ok');
    expect(dueCheckIns(done.value, '2025-04-01').map((c) => c.index)).toEqual([1]);
    expect(completeCheckIn(done.value, 0)).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    const stopped = stopSupport(done.value, '2025-04-01');
    expect(stopped.consent.state).toBe('stopped');
    expect(stopped.checkIns.map((c) => c.status)).toEqual([
      'completed',
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
    expect(dueCheckIns(stopped, '2025-12-31')).toEqual([]);
  });
});

describe('support for officers assaulted on duty (no disciplinary case)', () => {
  it('starts from the incident report', () => {
    const plan = supportPlanForAssaultOnDuty({
      personRef: 'o1',
      incidentRef: 'inc-9',
      reportedOn: '2025-05-01',
      offsetsDays: [3, 14],
    });
    expect(plan).toMatchObject({
      planId: 'support-o1-inc-9',
      trigger: { kind: 'assault-on-duty', incidentRef: 'inc-9' },
      citation: 'Criminal Code of RK art. 380-1; Qorgau post-incident support',
    });
    expect(plan.checkIns.map((c) => c.dueOn)).toEqual(['2025-05-04', '2025-05-15']);
  });

  it('property: check-ins are after the start and in order for any ascending offsets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }), (raw) => {
        const sorted = [...raw].sort((x, y) => x - y);
        const plan = supportPlanForAssaultOnDuty({
          personRef: 'o',
          incidentRef: 'i',
          reportedOn: '2025-01-01',
          offsetsDays: sorted,
        });
        plan.checkIns.forEach((c, i) => {
          expect(c.dueOn).toBe(addDays('2025-01-01', sorted[i]!));
          if (i > 0) expect(isAfter(c.dueOn, plan.checkIns[i - 1]!.dueOn)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});
