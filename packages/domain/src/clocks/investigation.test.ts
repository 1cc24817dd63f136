import { investigationClock } from './investigation';

describe('investigation month (art. 58 p.4)', () => {
  it('one month from the order, with the subject’s absences excluded and extensions added', () => {
    const clock = investigationClock({
      orderedOn: '2025-02-10',
      subjectAbsences: [
        { personRef: 'officer-b', kind: 'business-trip', from: '2025-02-17', to: '2025-02-21' },
        { personRef: 'officer-b', kind: 'other-valid-absence', from: '2025-02-24', to: '2025-02-24' },
      ],
      extensions: [{ days: 10, reason: 'expert examination' }],
      asOf: '2025-02-10',
    });
    expect(clock.dueOn).toBe('2025-03-26');
    expect(clock.citation).toBe('art. 58 p.4');
    expect(clock.why).toContainEqual({ kind: 'extended', days: 10, reason: 'expert examination' });
    expect(clock.why).toContainEqual({
      kind: 'paused',
      cause: 'business-trip',
      period: { from: '2025-02-17', to: '2025-02-21' },
      days: 5,
    });
  });
});
