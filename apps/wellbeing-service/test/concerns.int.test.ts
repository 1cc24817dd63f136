import { type KafkaMessage } from 'kafkajs';
import request from 'supertest';
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

describe('concern channel', () => {
  const kafka = testKafka();
  const followUps = uniqueTopic('concern-follow-ups');
  const concerns = uniqueTopic('concerns');
  const clock = new TestClock(new Date('2026-03-02T06:00:00Z'));
  let wellbeing: Wellbeing;

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_concerns');
    await createTopics(kafka, [followUps, concerns]);
    wellbeing = await startWellbeing(
      serviceUrl,
      { FOLLOW_UPS_TOPIC: followUps, CONCERNS_TOPIC: concerns, WELLBEING_CONSUMER_GROUP: followUps },
      clock,
    );
    // The officer's plan from the decided case (as the follow-up consumer would have stored it).
    await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, status, consent_state)
       VALUES ('support-officer-7-case-77', 'officer-7', 'applicant', 'case-77', 'unit-astana-1', 'follow-up-event', 'ended', 'given')`,
    );
  });
  afterAll(() => wellbeing?.close());

  it('stores the content behind the wall and publishes exactly one event with case id and category only', async () => {
    const content = 'После рапорта со мной перестали здороваться, начальник смены назвал меня стукачом.';
    const officer = await tokenFor('officer-7', ['officer'], 'unit-astana-1');
    const server = wellbeing.app.getHttpServer();
    const raised = await request(server)
      .post('/me/concerns')
      .set('authorization', `Bearer ${officer}`)
      .send({ caseId: 'case-77', category: 'stigmatization', content })
      .expect(201);
    expect(raised.body).not.toHaveProperty('content');
    // Someone not involved in the case cannot raise one on it.
    const stranger = await tokenFor('officer-8', ['officer'], 'unit-astana-1');
    await request(server)
      .post('/me/concerns')
      .set('authorization', `Bearer ${stranger}`)
      .send({ caseId: 'case-77', category: 'retaliation', content: 'x' })
      .expect(404);

    const received: KafkaMessage[] = [];
    const consumer = kafka.consumer({ groupId: `reader-${concerns}`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topic: concerns, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(message) });
    try {
      await waitUntil('the event arrives', async () => received.length > 0);
      // Further relay rounds (200 ms) must not publish it again.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      await consumer.disconnect();
    }

    expect(received).toHaveLength(1);
    const value = received[0]!.value!.toString();
    const event = JSON.parse(value) as Record<string, unknown> & { data: Record<string, unknown> };
    expect(Object.keys(event).sort()).toEqual([
      'data',
      'eventId',
      'occurredAt',
      'producer',
      'subject',
      'type',
      'version',
    ]);
    expect(Object.keys(event.data).sort()).toEqual(['caseId', 'category', 'raisedAt']);
    expect(event).toMatchObject({
      type: 'wellbeing.concern.raised',
      subject: 'case-77',
      producer: 'wellbeing-service',
      data: { caseId: 'case-77', category: 'stigmatization', raisedAt: clock.now().toISOString() },
    });
    expect(value).not.toContain('стукач');
    expect(value).not.toContain('officer-7');
    expect(received[0]!.key!.toString()).toBe('case-77');

    const [stored] = (await wellbeing.dataSource.query(
      `SELECT c.content, o.published_at FROM wellbeing.concerns c JOIN wellbeing.outbox o ON o.envelope->'data'->>'caseId' = c.case_id`,
    )) as [{ content: string; published_at: Date | null }];
    expect(stored.content).toBe(content);
    expect(stored.published_at).not.toBeNull();

    const staff = await tokenFor('psychologist-astana-1', ['wellbeing-staff'], 'unit-astana-1');
    const list = await request(server).get('/concerns').set('authorization', `Bearer ${staff}`).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ caseId: 'case-77', content })]);
  });
});
