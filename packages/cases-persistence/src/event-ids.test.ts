import { caseEventId, integrationEventType } from './event-ids';

describe('integrationEventType', () => {
  it.each([
    ['CaseReported', 'case.reported'],
    ['OrderIssued', 'case.order-issued'],
    ['ProtectionActFiled', 'case.protection-act-filed'],
    ['EvidenceBasisFlagsChanged', 'case.evidence-basis-flags-changed'],
  ])('%s → %s', (domain, integration) => {
    expect(integrationEventType(domain)).toBe(integration);
    expect(integration).toMatch(/^case\.[a-z-]+(\.[a-z-]+)*$/);
  });
});

describe('caseEventId', () => {
  const event = { type: 'CaseReported', caseId: 'c1', at: '2026-03-03T05:00:00Z' };

  it('is stable for the same position and content (a retried transition)', () => {
    expect(caseEventId('c1', 1, event)).toBe(caseEventId('c1', 1, { ...event }));
    expect(caseEventId('c1', 1, event)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('differs for another position, case or content (a conflicting transition)', () => {
    const id = caseEventId('c1', 1, event);
    expect(caseEventId('c1', 2, event)).not.toBe(id);
    expect(caseEventId('c2', 1, event)).not.toBe(id);
    expect(caseEventId('c1', 1, { ...event, at: '2026-03-03T06:00:00Z' })).not.toBe(id);
  });
});
