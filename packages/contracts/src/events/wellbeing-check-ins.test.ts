import { makeEnvelope } from '../make-envelope';
import { parseEvent } from '../parse-event';
import { checkInCompletedData, wellbeingCheckIns } from './wellbeing-check-ins';

const completed = {
  caseId: 'case-42',
  personRef: 'person-7',
  checkInNumber: 1,
  completedAt: '2026-01-10T09:15:00+05:00',
};
const envelope = (data: Record<string, unknown>, subject = 'case-42') => ({
  eventId: '1f4e7a2b-3c5d-4e6f-8a9b-0c1d2e3f4a5b',
  type: 'wellbeing.check-in.completed',
  version: 1,
  occurredAt: '2026-01-10T04:15:00.000Z',
  producer: 'wellbeing-service',
  subject,
  data,
});

describe('wellbeing.check-ins.v1', () => {
  it('accepts a completed check-in: case, person, number and time, nothing else', () => {
    expect(parseEvent(wellbeingCheckIns, envelope(completed))).toEqual({
      ok: true,
      event: envelope(completed),
    });
    expect(wellbeingCheckIns.versionOf('wellbeing.check-in.completed')).toBe(1);
  });

  it('rejects answers, scores, outcomes and text: the wall lets no content through', () => {
    for (const field of ['answers', 'score', 'urgent', 'outcome', 'concern', 'note', 'text']) {
      const parsed = parseEvent(wellbeingCheckIns, envelope({ ...completed, [field]: 'worrying' }));
      expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'data', rule: 'unrecognized_keys' }] });
    }
  });

  it('refuses to build an envelope with more than the allowed fields', () => {
    expect(() =>
      makeEnvelope(wellbeingCheckIns, 'wellbeing.check-in.completed', {
        eventId: '1f4e7a2b-3c5d-4e6f-8a9b-0c1d2e3f4a5b',
        occurredAt: '2026-01-10T04:15:00.000Z',
        producer: 'wellbeing-service',
        subject: 'case-42',
        data: { ...completed, total: 12 } as typeof completed,
      }),
    ).toThrow(/unrecognized/i);
  });

  it('requires a case, a person and a 1-based whole check-in number', () => {
    for (const field of ['caseId', 'personRef', 'checkInNumber', 'completedAt'] as const) {
      const { [field]: _dropped, ...rest } = completed;
      expect(checkInCompletedData.safeParse(rest).success).toBe(false);
    }
    expect(checkInCompletedData.safeParse({ ...completed, caseId: null }).success).toBe(false);
    expect(checkInCompletedData.safeParse({ ...completed, checkInNumber: 0 }).success).toBe(false);
    expect(checkInCompletedData.safeParse({ ...completed, checkInNumber: 1.5 }).success).toBe(false);
  });

  it('keys the event by its case', () => {
    const parsed = parseEvent(wellbeingCheckIns, envelope(completed, 'case-other'));
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'subject' }] });
  });
});
