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

/** Issue 16: a failed publish leaves its note (attempts, last error) on the outbox row, not in a rolled-back transaction. */
describe('outbox relay failures', () => {
  const kafka = testKafka();
  const followUps = uniqueTopic('outbox-fail-follow-ups');
  // A real broker refusal: this topic only takes tiny messages, so the concern signal cannot be published.
  const concerns = uniqueTopic('outbox-fail-concerns');
  const clock = new TestClock(new Date('2026-03-02T06:00:00Z'));
  const admin = kafka.admin();
  let wellbeing: Wellbeing;

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_outbox_failures');
    await createTopics(kafka, [followUps]);
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: concerns, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '64' }] },
      ],
    });
    wellbeing = await startWellbeing(
      serviceUrl,
      { FOLLOW_UPS_TOPIC: followUps, CONCERNS_TOPIC: concerns, WELLBEING_CONSUMER_GROUP: followUps },
      clock,
    );
    await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, status, consent_state)
       VALUES ('support-officer-7-case-78', 'officer-7', 'applicant', 'case-78', 'unit-astana-1', 'follow-up-event', 'ended', 'given')`,
    );
  });
  afterAll(async () => {
    await wellbeing?.close();
    await admin.disconnect();
  });

  it('records every failed attempt and its error, and clears the error once the broker takes the message', async () => {
    const officer = await tokenFor('officer-7', ['officer'], 'unit-astana-1');
    await request(wellbeing.app.getHttpServer())
      .post('/me/concerns')
      .set('authorization', `Bearer ${officer}`)
      .send({ caseId: 'case-78', category: 'stigmatization', content: 'Colleagues stopped talking to me.' })
      .expect(201);
    const notes = async () =>
      (await wellbeing.dataSource.query(
        `SELECT attempts, last_error, published_at FROM wellbeing.outbox WHERE topic = $1`,
        [concerns],
      )) as { attempts: number; last_error: string | null; published_at: Date | null }[];

    await waitUntil('two failed attempts are recorded', async () => {
      const [row] = await notes();
      return row !== undefined && row.attempts >= 2 && row.last_error !== null;
    });
    const [failing] = await notes();
    expect(failing!.published_at).toBeNull();
    expect(failing!.last_error).toMatch(/too large|larger/i);

    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        { type: 2, name: concerns, configEntries: [{ name: 'max.message.bytes', value: '1048576' }] },
      ],
    });
    await waitUntil('published, the error cleared', async () => {
      const [row] = await notes();
      return row!.published_at !== null && row!.last_error === null;
    });
  });
});
