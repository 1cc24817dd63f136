import { parseEvent } from '../parse-event';
import { caseEvents, caseEventDefinitions } from './case-events';

const envelope = (type: string, data: unknown, subject = 'case-42') => ({
  eventId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  type,
  version: 1,
  occurredAt: '2025-11-23T05:31:00.000Z',
  producer: 'cases',
  subject,
  data,
});

const meta = { caseId: 'case-42', at: '2025-11-23T05:31:00.000Z', on: '2025-11-23' };
const ordered = {
  ...meta,
  orderedBy: 'head-1',
  investigatorRef: 'inv-1',
  dueOn: '2025-12-23',
  clock: {
    clock: 'investigation',
    dueOn: '2025-12-23',
    citation: 'art. 58 p.4',
    provisional: false,
    why: [{ kind: 'start', on: '2025-11-23', event: 'InvestigationOrdered' }],
  },
  protectionActWindows: [],
};

describe('cases.case-events.v1', () => {
  it('registers every case event with a versioned schema (the topic is closed)', () => {
    for (const [type, definition] of Object.entries(caseEventDefinitions)) {
      expect(type).toMatch(/^case\.[a-z-]+(\.[a-z-]+)*$/);
      expect(definition.version).toBe(1);
    }
    expect(caseEvents.versionOf('case.something-new')).toBeUndefined();
    expect(parseEvent(caseEvents, envelope('case.something-new', { caseId: 'case-42' }))).toMatchObject({
      ok: false,
      issues: [{ path: 'type' }],
    });
  });

  it('accepts a full payload and strips what the public shape does not carry', () => {
    const parsed = parseEvent(
      caseEvents,
      envelope('case.investigation-ordered', { ...ordered, internal: 1 }),
    );
    expect(parsed).toEqual({ ok: true, event: envelope('case.investigation-ordered', ordered) });
  });

  it.each([
    ['dueOn', { ...ordered, dueOn: '2025-02-30' }, 'data.dueOn'],
    ['investigatorRef', { ...ordered, investigatorRef: undefined }, 'data.investigatorRef'],
    [
      'clock.provisional',
      { ...ordered, clock: { ...ordered.clock, provisional: 'no' } },
      'data.clock.provisional',
    ],
    ['at', { ...ordered, at: 'yesterday' }, 'data.at'],
  ])('names the field when %s is wrong', (_field, data, path) => {
    expect(parseEvent(caseEvents, envelope('case.investigation-ordered', data))).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ path })],
    });
  });

  it('rejects a key other than the caseId and data that is not an object', () => {
    expect(parseEvent(caseEvents, envelope('case.investigation-ordered', ordered, 'case-43'))).toMatchObject({
      ok: false,
      issues: [{ path: 'subject' }],
    });
    expect(parseEvent(caseEvents, envelope('case.closed', ['case-42'])).ok).toBe(false);
  });

  it('lets nothing but the case cross with a support concern (the wall)', () => {
    expect(parseEvent(caseEvents, envelope('case.support-concern-raised', { caseId: 'case-42' })).ok).toBe(
      true,
    );
    expect(
      parseEvent(caseEvents, envelope('case.support-concern-raised', { caseId: 'case-42', score: 9 })),
    ).toMatchObject({ ok: false });
  });

  it('takes both shapes of a deadline reminder: the case clock’s and the appeal’s', () => {
    const caseClock = {
      caseId: 'case-42',
      clock: 'protection-act-window',
      dueOn: '2025-11-28',
      citation: 'art. 58 p.7',
      why: [],
      personRef: 'officer-b',
      penaltyId: null,
      violationId: null,
      workingDaysBefore: 1,
    };
    const appeal = {
      caseId: 'case-42',
      clock: 'appeal-decision',
      appealId: 'ap-1',
      penaltyId: 'case-42/officer-b/v-1',
      filedOn: '2025-11-20',
      decisionDays: 15,
    };
    expect(parseEvent(caseEvents, envelope('case.deadline-approaching', caseClock)).ok).toBe(true);
    expect(parseEvent(caseEvents, envelope('case.deadline-approaching', appeal)).ok).toBe(true);
    expect(parseEvent(caseEvents, envelope('case.appeal-decision-overdue', appeal)).ok).toBe(true);
  });
});
