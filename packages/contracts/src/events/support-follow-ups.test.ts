import { parseEvent } from '../parse-event';
import { supportFollowUps } from './support-follow-ups';

const envelope = (type: string, data: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  eventId: '5d0b7f0e-8a0a-4a44-9d6c-1c7f2d3c9b11',
  type,
  version: 1,
  occurredAt: '2025-12-23T05:00:00.000Z',
  producer: 'workflow-worker',
  subject: String(data.planId),
  data,
  ...overrides,
});

const plan = {
  planId: 'support-officer-17-case-42',
  personRef: 'officer-17',
  role: 'applicant',
  caseId: 'case-42',
  unitId: 'unit-almaty-3',
};
const checkIn = { ...plan, checkInNumber: 1, dueAt: '2025-11-30', offsetDays: 7 };

describe('support.follow-ups.v1', () => {
  it.each(['support.check-in.due', 'support.check-in.missed'])('accepts %s with its schedule', (type) => {
    const parsed = parseEvent(supportFollowUps, envelope(type, checkIn));
    expect(parsed).toEqual({ ok: true, event: envelope(type, checkIn) });
  });

  it.each(['support.plan.started', 'support.plan.ended'])('accepts %s', (type) => {
    expect(parseEvent(supportFollowUps, envelope(type, plan)).ok).toBe(true);
  });

  it('accepts an assaulted-on-duty plan, which has no case', () => {
    const assault = {
      ...checkIn,
      planId: 'support-officer-9-inc-3',
      role: 'assaulted-officer',
      caseId: null,
    };
    expect(parseEvent(supportFollowUps, envelope('support.check-in.due', assault)).ok).toBe(true);
  });

  it('rejects a missing caseId for a case role and a caseId for an assault plan', () => {
    const noCase = parseEvent(supportFollowUps, envelope('support.plan.started', { ...plan, caseId: null }));
    expect(noCase).toMatchObject({ ok: false, issues: [{ path: 'data.caseId' }] });
    const assaultWithCase = parseEvent(
      supportFollowUps,
      envelope('support.plan.started', { ...plan, role: 'assaulted-officer' }),
    );
    expect(assaultWithCase).toMatchObject({ ok: false, issues: [{ path: 'data.caseId' }] });
  });

  it('rejects an unknown role and a check-in without its schedule', () => {
    const parsed = parseEvent(
      supportFollowUps,
      envelope('support.check-in.due', { ...plan, role: 'commander', checkInNumber: 1 }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path).sort()).toEqual(['data.dueAt', 'data.offsetDays', 'data.role']);
      expect(parsed.issues.find((i) => i.path === 'data.role')?.rule).toBe('invalid_value');
    }
  });

  it('strips fields the schema does not know, so no health content rides along', () => {
    const parsed = parseEvent(
      supportFollowUps,
      envelope('support.check-in.missed', { ...checkIn, notes: 'sleeps badly' }),
    );
    expect(parsed.ok && parsed.event.data).toEqual(checkIn);
  });

  it('requires the subject (Kafka key) to be the planId', () => {
    const parsed = parseEvent(supportFollowUps, envelope('support.plan.ended', plan, { subject: 'case-42' }));
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'subject' }] });
  });

  it('rejects a version the contract does not define', () => {
    const parsed = parseEvent(supportFollowUps, envelope('support.plan.ended', plan, { version: 2 }));
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'version' }] });
  });
});
