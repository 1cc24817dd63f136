import { parseEvent } from '../parse-event';
import { concernRaisedData, wellbeingConcerns } from './wellbeing-concerns';

const concern = { caseId: 'case-42', category: 'retaliation', raisedAt: '2026-01-10T09:15:00+05:00' };
const envelope = (data: Record<string, unknown>) => ({
  eventId: '1f4e7a2b-3c5d-4e6f-8a9b-0c1d2e3f4a5b',
  type: 'wellbeing.concern.raised',
  version: 1,
  occurredAt: '2026-01-10T04:15:00.000Z',
  producer: 'wellbeing-service',
  subject: 'case-42',
  data,
});

describe('wellbeing.concerns.v1', () => {
  it('accepts a concern: a case, a category and a time, nothing else', () => {
    expect(parseEvent(wellbeingConcerns, envelope(concern))).toEqual({ ok: true, event: envelope(concern) });
  });

  it.each(['retaliation', 'stigmatization', 'isolation', 'other'])('accepts category %s', (category) => {
    expect(concernRaisedData.safeParse({ ...concern, category }).success).toBe(true);
  });

  it('rejects any free text: the wall lets no words through', () => {
    for (const field of ['text', 'description', 'comment', 'personRef']) {
      const parsed = parseEvent(wellbeingConcerns, envelope({ ...concern, [field]: 'my commander shouts' }));
      expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'data', rule: 'unrecognized_keys' }] });
    }
  });

  it('rejects an unknown category and a missing case', () => {
    expect(concernRaisedData.safeParse({ ...concern, category: 'burnout' }).success).toBe(false);
    const { caseId: _caseId, ...withoutCase } = concern;
    expect(concernRaisedData.safeParse(withoutCase).success).toBe(false);
  });
});
