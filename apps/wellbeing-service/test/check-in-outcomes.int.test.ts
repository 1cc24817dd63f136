import { supportFollowUps } from '@qorgau/contracts';
import { EventPublisher } from '@qorgau/messaging';
import { type KafkaMessage } from 'kafkajs';
import request from 'supertest';
import { followUp } from './support/follow-ups';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  tokenFor,
  uniqueTopic,
  waitUntil,
  type Wellbeing,
} from './support/harness';

const calm = {
  isolation: 'never',
  'colleagues-attitude': 'disagree',
  'loyalty-doubt': 'rather-disagree',
  'procedure-trust': 'agree',
  'organizational-support': 'rather-agree',
  strain: 'sometimes',
  burnout: 'never',
};
const worrying = {
  isolation: 'often',
  'colleagues-attitude': 'agree',
  'loyalty-doubt': 'agree',
  'procedure-trust': 'disagree',
  'organizational-support': 'disagree',
  strain: 'almost-always',
  burnout: 'almost-always',
};

interface Completed {
  readonly key: string;
  readonly value: string;
  readonly event: Record<string, unknown> & { eventId: string; data: Record<string, unknown> };
}

describe('wellbeing.check-in.concluded and wellbeing.consent.withdrawn: the outcome class of a check-in, and nothing else', () => {
  const kafka = testKafka();
  const followUps = uniqueTopic('completion-follow-ups');
  const checkIns = uniqueTopic('check-ins');
  const contract = supportFollowUps.withName(followUps);
  const clock = new TestClock(new Date('2026-01-17T05:00:00Z'));
  const publisher = new EventPublisher({ kafka });
  const received: Completed[] = [];
  const reader = kafka.consumer({ groupId: `reader-${checkIns}`, maxWaitTimeInMs: 50 });
  let wellbeing: Wellbeing;

  const tasksOf = async (planId: string) =>
    (await wellbeing.dataSource.query(
      `SELECT id, check_in_number, status FROM wellbeing.check_in_tasks WHERE plan_id = $1 AND kind = 'check-in' ORDER BY check_in_number`,
      [planId],
    )) as { id: string; check_in_number: number; status: string }[];
  const dueCheckIn = async (officer: string, checkInNumber: number, caseId: string) => {
    const due = followUp(contract, 'support.check-in.due', officer, checkInNumber, { caseId });
    await publisher.publish(contract, due);
    const { planId } = due.data;
    await waitUntil(`check-in ${checkInNumber} of ${officer} is a task`, async () =>
      (await tasksOf(planId)).some((t) => t.check_in_number === checkInNumber),
    );
    return planId;
  };
  const outboxRows = async () =>
    (await wellbeing.dataSource.query(`SELECT id, published_at FROM wellbeing.outbox WHERE topic = $1`, [
      checkIns,
    ])) as { id: string; published_at: Date | null }[];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_check_in_completions');
    await createTopics(kafka, [followUps, checkIns]);
    await publisher.connect();
    wellbeing = await startWellbeing(
      serviceUrl,
      {
        FOLLOW_UPS_TOPIC: followUps,
        CHECK_INS_TOPIC: checkIns,
        WELLBEING_CONSUMER_GROUP: `wellbeing-${followUps}`,
      },
      clock,
    );
    await reader.connect();
    await reader.subscribe({ topic: checkIns, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }: { message: KafkaMessage }) => {
        const value = message.value!.toString();
        received.push({
          key: message.key!.toString(),
          value,
          event: JSON.parse(value) as Completed['event'],
        });
      },
    });
  });
  afterAll(async () => {
    await reader.disconnect();
    await wellbeing?.close();
    await publisher.disconnect();
  });

  it("publishes the officer's worrying answer to a due check-in once, as the class `worrying` with case, person, number and time only", async () => {
    const planId = await dueCheckIn('officer-1', 1, 'case-11');
    const officer = await tokenFor('officer-1', ['officer']);
    const server = wellbeing.app.getHttpServer();
    const concern = 'Коллеги перестали со мной разговаривать';
    for (const answers of [worrying, calm]) {
      await request(server)
        .post('/me/check-ins')
        .set('authorization', `Bearer ${officer}`)
        .send({ planId, answers, contactRequested: true, concern, language: 'ru' })
        .expect(201);
    }
    await waitUntil('the completion arrives', async () => received.length > 0);
    await settle();

    const mine = received.filter((r) => r.event.subject === 'case-11');
    expect(mine).toHaveLength(1);
    const [{ key, value, event }] = mine as [Completed];
    expect(Object.keys(event).sort()).toEqual([
      'data',
      'eventId',
      'occurredAt',
      'producer',
      'subject',
      'type',
      'version',
    ]);
    expect(Object.keys(event.data).sort()).toEqual([
      'caseId',
      'checkInNumber',
      'concludedAt',
      'outcome',
      'personRef',
    ]);
    // The first answer scored urgent: the workflow hears `worrying`; the calm one after it changes nothing.
    expect(event).toMatchObject({
      type: 'wellbeing.check-in.concluded',
      version: 1,
      subject: 'case-11',
      producer: 'wellbeing-service',
      data: {
        caseId: 'case-11',
        personRef: 'officer-1',
        checkInNumber: 1,
        outcome: 'worrying',
        concludedAt: clock.now().toISOString(),
      },
    });
    expect(key).toBe('case-11');
    // The wall: no answer, score, urgency or words cross with it.
    for (const leak of ['Коллеги', 'often', 'almost-always', 'urgent', 'total', 'answers', 'contact'])
      expect(value).not.toContain(leak);
    // The urgent answer still became wellbeing's own escalated task; the scheduled task stays with staff.
    expect((await tasksOf(planId)).map((t) => t.status)).toEqual(['open']);
  });

  it('counts a held contact or a closed task once, and neither a no-answer nor a plan without a due check-in', async () => {
    const server = wellbeing.app.getHttpServer();
    const staff = await tokenFor('psychologist-almaty-3', ['wellbeing-staff']);
    const planId = await dueCheckIn('officer-2', 1, 'case-22');
    const task = (await tasksOf(planId))[0]!;
    const before = received.length;

    await request(server)
      .post(`/tasks/${task.id}/contacts`)
      .set('authorization', `Bearer ${staff}`)
      .send({ channel: 'no-answer', note: 'не берёт трубку' })
      .expect(201);
    await settle();
    expect(received.slice(before)).toHaveLength(0);

    await request(server)
      .post(`/tasks/${task.id}/contacts`)
      .set('authorization', `Bearer ${staff}`)
      .send({ channel: 'phone', note: 'говорили 20 минут, жалуется на бессонницу' })
      .expect(201);
    await request(server)
      .post(`/tasks/${task.id}/close`)
      .set('authorization', `Bearer ${staff}`)
      .send({ outcome: 'направлен к психологу' })
      .expect(201);
    await waitUntil('the completion arrives', async () => received.length > before);
    await settle();
    const held = received.slice(before);
    expect(held).toHaveLength(1);
    expect(held[0]!.event).toMatchObject({
      subject: 'case-22',
      data: { caseId: 'case-22', personRef: 'officer-2', checkInNumber: 1, outcome: 'completed' },
    });
    expect(held[0]!.value).not.toMatch(/бессонниц|психолог|phone/);

    // Closing the next check-in's task without any contact counts as held too.
    await dueCheckIn('officer-2', 2, 'case-22');
    const second = (await tasksOf(planId)).find((t) => t.check_in_number === 2)!;
    await request(server)
      .post(`/tasks/${second.id}/close`)
      .set('authorization', `Bearer ${staff}`)
      .send({ outcome: 'всё в порядке' })
      .expect(201);
    await waitUntil('the second completion arrives', async () => received.length > before + 1);

    // An officer checking in with no scheduled check-in due publishes nothing.
    const count = received.length;
    const officer = await tokenFor('officer-2', ['officer']);
    await request(server)
      .post('/me/check-ins')
      .set('authorization', `Bearer ${officer}`)
      .send({ planId, answers: calm, contactRequested: false, language: 'ru' })
      .expect(201);
    await settle();
    expect(received).toHaveLength(count);
    expect(received.slice(before).map((r) => r.event.data.checkInNumber)).toEqual([1, 2]);
    expect((await outboxRows()).every((row) => row.published_at !== null)).toBe(true);
    expect(await outboxRows()).toHaveLength(received.length);
  });

  it('publishes a calm answer as `completed`, a declined conversation as `declined` and a refusal of consent as a withdrawal', async () => {
    const server = wellbeing.app.getHttpServer();
    const staff = await tokenFor('psychologist-almaty-3', ['wellbeing-staff']);
    const before = received.length;

    const calmPlan = await dueCheckIn('officer-3', 1, 'case-33');
    await request(server)
      .post('/me/check-ins')
      .set('authorization', `Bearer ${await tokenFor('officer-3', ['officer'])}`)
      .send({ planId: calmPlan, answers: calm, contactRequested: false, language: 'kk' })
      .expect(201);

    const declinedPlan = await dueCheckIn('officer-4', 1, 'case-44');
    const task = (await tasksOf(declinedPlan))[0]!;
    await request(server)
      .post(`/tasks/${task.id}/contacts`)
      .set('authorization', `Bearer ${staff}`)
      .send({ channel: 'phone', note: 'не хочет разговаривать', checkInOutcome: 'declined' })
      .expect(201);
    await request(server)
      .post(`/tasks/${task.id}/contacts`)
      .set('authorization', `Bearer ${staff}`)
      .send({ channel: 'phone', checkInOutcome: 'maybe' })
      .expect(400);

    const withdrawingPlan = await dueCheckIn('officer-5', 1, 'case-55');
    await request(server)
      .post(`/me/plans/${withdrawingPlan}/consent`)
      .set('authorization', `Bearer ${await tokenFor('officer-5', ['officer'])}`)
      .send({ decision: 'stopped' })
      .expect(201);

    await waitUntil('three events arrive', async () => received.length >= before + 3);
    await settle();
    const events = received.slice(before).map((r) => r.event);
    expect(events.map((e) => [e.type, e.subject, e.data.outcome ?? null])).toEqual(
      expect.arrayContaining([
        ['wellbeing.check-in.concluded', 'case-33', 'completed'],
        ['wellbeing.check-in.concluded', 'case-44', 'declined'],
        ['wellbeing.consent.withdrawn', 'case-55', null],
      ]),
    );
    expect(events).toHaveLength(3);
    const withdrawal = events.find((e) => e.type === 'wellbeing.consent.withdrawn')!;
    expect(Object.keys(withdrawal.data).sort()).toEqual(['caseId', 'personRef', 'withdrawnAt']);
    expect(
      received
        .slice(before)
        .map((r) => r.value)
        .join('\n'),
    ).not.toMatch(/разговаривать|phone/);
  });
});
