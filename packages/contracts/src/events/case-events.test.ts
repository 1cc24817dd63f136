import { calendarDay } from '../envelope';
import { defineEvent } from '../event-definition';
import { makeEnvelope } from '../make-envelope';
import { parseEvent } from '../parse-event';
import { caseEventData, caseEvents, defineCaseEvents } from './case-events';

const envelope = (type: string, data: unknown, subject = 'case-42') => ({
  eventId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  type,
  version: 1,
  occurredAt: '2025-11-23T05:31:00.000Z',
  producer: 'cases-service',
  subject,
  data,
});

describe('cases.case-events.v1', () => {
  it.each(['case.reported', 'case.protection-act.filed', 'case.conclusion.issued'])(
    'accepts %s with any JSON object naming its case, keeping its fields',
    (type) => {
      const data = { caseId: 'case-42', stage: 'investigation', parties: [{ personRef: 'officer-17' }] };
      expect(parseEvent(caseEvents, envelope(type, data))).toEqual({ ok: true, event: envelope(type, data) });
    },
  );

  it.each([
    'cases.reported',
    'case.Reported',
    'case.',
    'case.reported.',
    'case.re ported',
    'support.plan.ended',
  ])('rejects the type %s', (type) => {
    expect(parseEvent(caseEvents, envelope(type, { caseId: 'case-42' }))).toMatchObject({
      ok: false,
      issues: [{ path: 'type' }],
    });
  });

  it('rejects data without caseId, data that is not an object, and a key other than the caseId', () => {
    expect(parseEvent(caseEvents, envelope('case.reported', { stage: 'intake' })).ok).toBe(false);
    expect(parseEvent(caseEvents, envelope('case.reported', ['case-42'])).ok).toBe(false);
    expect(parseEvent(caseEvents, envelope('case.reported', { caseId: 'case-42' }, 'case-43'))).toMatchObject(
      {
        ok: false,
        issues: [{ path: 'subject' }],
      },
    );
  });

  it('checks a registered case event against its own schema; other case.* types stay generic', () => {
    const registered = defineCaseEvents({
      'case.reported': defineEvent(1, caseEventData({ reportedOn: calendarDay })),
    });
    const reported = makeEnvelope(registered, 'case.reported', {
      eventId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      occurredAt: '2025-11-23T05:31:00Z',
      producer: 'cases-service',
      subject: 'case-42',
      data: { caseId: 'case-42', reportedOn: '2025-11-23' },
    });
    expect(reported.data.reportedOn).toBe('2025-11-23');
    expect(parseEvent(registered, envelope('case.reported', { caseId: 'case-42' }))).toMatchObject({
      ok: false,
      issues: [{ path: 'data.reportedOn' }],
    });
    expect(parseEvent(registered, envelope('case.closed', { caseId: 'case-42' })).ok).toBe(true);
  });
});
