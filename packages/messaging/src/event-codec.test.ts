import { supportFollowUps, wellbeingConcerns } from '@qorgau/contracts';
import { decodeEvent, encodeEvent, headerStrings } from './event-codec';

const concern = {
  eventId: '1f4e7a2b-3c5d-4e6f-8a9b-0c1d2e3f4a5b',
  type: 'wellbeing.concern.raised',
  version: 1,
  occurredAt: '2026-01-10T04:15:00.000Z',
  producer: 'wellbeing-service',
  subject: 'case-42',
  data: { caseId: 'case-42', category: 'isolation', raisedAt: '2026-01-10T04:15:00.000Z' },
};

describe('event codec', () => {
  it('encodes an envelope keyed by its subject, with routing headers', () => {
    const message = encodeEvent(concern, 'req-1');
    expect(message.key).toBe('case-42');
    expect(JSON.parse(String(message.value))).toEqual(concern);
    expect(message.headers).toEqual({
      'x-event-type': 'wellbeing.concern.raised',
      'x-event-version': '1',
      'content-type': 'application/json',
      'x-request-id': 'req-1',
    });
  });

  it('decodes what it encoded', () => {
    const value = Buffer.from(String(encodeEvent(concern).value));
    expect(decodeEvent(wellbeingConcerns, value)).toEqual({ ok: true, event: concern });
  });

  it('reports empty and non-JSON messages as malformed', () => {
    expect(decodeEvent(wellbeingConcerns, null)).toEqual({
      ok: false,
      kind: 'malformed',
      detail: 'empty message',
    });
    expect(decodeEvent(wellbeingConcerns, Buffer.from('{"eventId":'))).toMatchObject({
      ok: false,
      kind: 'malformed',
      detail: expect.stringMatching(/^not JSON \(SyntaxError: /),
    });
  });

  it('reports a contract failure as an invalid envelope, naming the fields', () => {
    const withText = { ...concern, data: { ...concern.data, text: 'my commander shouts' } };
    expect(decodeEvent(wellbeingConcerns, Buffer.from(JSON.stringify(withText)))).toEqual({
      ok: false,
      kind: 'invalid-envelope',
      detail: 'data: Unrecognized key: "text"',
    });
    expect(decodeEvent(supportFollowUps, Buffer.from(JSON.stringify(concern)))).toMatchObject({
      ok: false,
      kind: 'invalid-envelope',
      detail: 'type: unknown event type on support.follow-ups.v1',
    });
  });

  it('turns Kafka header buffers into strings', () => {
    expect(
      headerStrings({ a: Buffer.from('1'), b: 'two', c: [Buffer.from('3'), '4'], d: undefined }),
    ).toEqual({
      a: '1',
      b: 'two',
      c: '3',
    });
    expect(headerStrings(undefined)).toEqual({});
  });
});
