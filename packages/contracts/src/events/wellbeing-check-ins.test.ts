import { makeEnvelope } from '../make-envelope';
import { parseEvent } from '../parse-event';
import {
  checkInCompletedData,
  checkInConcludedData,
  consentWithdrawnData,
  wellbeingCheckIns,
} from './wellbeing-check-ins';

const completed = {
  caseId: 'case-42',
  personRef: 'person-7',
  checkInNumber: 1,
  completedAt: '2026-01-10T09:15:00+05:00',
};
const envelope = (
  data: Record<string, unknown>,
  subject = 'case-42',
  type = 'wellbeing.check-in.completed',
) => ({
  eventId: '1f4e7a2b-3c5d-4e6f-8a9b-0c1d2e3f4a5b',
  type,
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

describe('wellbeing.check-in.concluded and wellbeing.consent.withdrawn', () => {
  const concluded = {
    caseId: 'case-42',
    personRef: 'person-7',
    checkInNumber: 2,
    outcome: 'worrying',
    concludedAt: '2026-01-10T09:15:00+05:00',
  };
  const withdrawn = { caseId: 'case-42', personRef: 'person-7', withdrawnAt: '2026-01-10T09:15:00+05:00' };

  it('carries the outcome class of a check-in, one of completed, worrying or declined', () => {
    for (const outcome of ['completed', 'worrying', 'declined']) {
      const data = { ...concluded, outcome };
      expect(
        parseEvent(wellbeingCheckIns, envelope(data, 'case-42', 'wellbeing.check-in.concluded')),
      ).toEqual({
        ok: true,
        event: envelope(data, 'case-42', 'wellbeing.check-in.concluded'),
      });
    }
    expect(checkInConcludedData.safeParse({ ...concluded, outcome: 'urgent' }).success).toBe(false);
    expect(wellbeingCheckIns.versionOf('wellbeing.check-in.concluded')).toBe(1);
  });

  it('lets no answers, scores, reasons or text ride along with an outcome or a withdrawal', () => {
    for (const field of ['answers', 'score', 'total', 'reasons', 'urgent', 'concern', 'note', 'reason']) {
      for (const [type, data] of [
        ['wellbeing.check-in.concluded', concluded],
        ['wellbeing.consent.withdrawn', withdrawn],
      ] as const) {
        const parsed = parseEvent(wellbeingCheckIns, envelope({ ...data, [field]: 'x' }, 'case-42', type));
        expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'data', rule: 'unrecognized_keys' }] });
      }
    }
  });

  it('requires a case and a person for a withdrawal, keyed by the case', () => {
    expect(consentWithdrawnData.safeParse(withdrawn).success).toBe(true);
    expect(consentWithdrawnData.safeParse({ ...withdrawn, caseId: null }).success).toBe(false);
    const parsed = parseEvent(
      wellbeingCheckIns,
      envelope(withdrawn, 'case-other', 'wellbeing.consent.withdrawn'),
    );
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'subject' }] });
  });
});
