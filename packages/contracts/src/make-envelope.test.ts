import { InvalidEventError } from './event-issues';
import { supportFollowUps } from './events/support-follow-ups';
import { makeEnvelope } from './make-envelope';
import { type EventOf } from './topic-contract';

const EVENT_ID = '0b7c1a52-5f1e-4c8e-9d3f-2a6b8e4f1c70';
const checkIn = {
  planId: 'support-officer-17-case-42',
  personRef: 'officer-17',
  role: 'subject' as const,
  caseId: 'case-42',
  unitId: 'unit-almaty-3',
  checkInNumber: 2,
  dueAt: '2025-12-23',
  offsetDays: 30,
};

describe('makeEnvelope', () => {
  it('builds a checked envelope from injected id and time, stamping the contract version', () => {
    const envelope = makeEnvelope(supportFollowUps, 'support.check-in.due', {
      eventId: EVENT_ID,
      occurredAt: new Date(Date.UTC(2025, 11, 23, 5, 0, 0)),
      producer: 'workflow-worker',
      subject: checkIn.planId,
      data: checkIn,
    });
    expect(envelope).toEqual({
      eventId: EVENT_ID,
      type: 'support.check-in.due',
      version: 1,
      occurredAt: '2025-12-23T05:00:00.000Z',
      producer: 'workflow-worker',
      subject: checkIn.planId,
      data: checkIn,
    });
  });

  it('is pure: the same inputs give the same envelope', () => {
    const fields = {
      eventId: EVENT_ID,
      occurredAt: '2025-12-23T05:00:00+05:00',
      producer: 'workflow-worker',
      subject: checkIn.planId,
      data: checkIn,
    };
    expect(makeEnvelope(supportFollowUps, 'support.check-in.missed', fields)).toEqual(
      makeEnvelope(supportFollowUps, 'support.check-in.missed', fields),
    );
  });

  it('throws InvalidEventError naming each bad field, never building a bad event', () => {
    const build = () =>
      makeEnvelope(supportFollowUps, 'support.check-in.due', {
        eventId: 'not-a-uuid',
        occurredAt: new Date(Number.NaN),
        producer: 'workflow-worker',
        subject: checkIn.planId,
        data: { ...checkIn, checkInNumber: 0 },
      });
    expect(build).toThrow(InvalidEventError);
    try {
      build();
    } catch (error) {
      const paths = (error as InvalidEventError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['eventId', 'occurredAt']));
      expect((error as InvalidEventError).topic).toBe('support.follow-ups.v1');
    }
  });

  it('rejects an event type the topic does not define', () => {
    expect(() =>
      makeEnvelope(supportFollowUps, 'support.plan.paused' as never, {
        eventId: EVENT_ID,
        occurredAt: '2025-12-23T05:00:00Z',
        producer: 'workflow-worker',
        subject: checkIn.planId,
        data: checkIn as never,
      }),
    ).toThrow(/type: unknown event type on support\.follow-ups\.v1/);
  });
});

describe('event types (checked by tsc)', () => {
  it('types data by event type and narrows envelopes on type', () => {
    const { checkInNumber: _n, dueAt: _d, offsetDays: _o, ...plan } = checkIn;
    const fields = {
      eventId: EVENT_ID,
      occurredAt: '2025-12-23T05:00:00Z',
      producer: 'w',
      subject: plan.planId,
    };
    // @ts-expect-error a check-in event needs its schedule
    expect(() => makeEnvelope(supportFollowUps, 'support.check-in.due', { ...fields, data: plan })).toThrow();
    const started: EventOf<typeof supportFollowUps> = makeEnvelope(supportFollowUps, 'support.plan.started', {
      ...fields,
      data: plan,
    });
    const describe = (event: EventOf<typeof supportFollowUps>): string =>
      event.type === 'support.check-in.due' ? `check-in ${event.data.checkInNumber}` : event.data.planId;
    expect(describe(started)).toBe(plan.planId);
  });
});
