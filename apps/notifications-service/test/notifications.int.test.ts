import { type INestApplication } from '@nestjs/common';
import { DLQ_HEADERS, headerStrings, type EventPublisher } from '@qorgau/messaging';
import { DevTokenIssuer, type Principal } from '@qorgau/service-kit';
import { type Kafka, type KafkaMessage } from 'kafkajs';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { type NotificationsConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { PreferencesRepository } from '../src/repositories/preferences.repository';
import { DATA_SOURCE } from '../src/platform/tokens';
import {
  caseEventFactory,
  concernFactory,
  createTopics,
  followUpFactory,
  newPublisher,
  startService,
  suiteConfig,
  testKafka,
  waitUntil,
} from './support/harness';
import {
  commissionScheduledData,
  deadlineNoticeData,
  investigationOrderedData,
  reportedData,
} from './support/case-event-examples';
import { startSmtpSink, type CapturedMail } from './support/smtp-sink';

const reported = reportedData([
  { personRef: 'applicant-1', roles: ['applicant'] },
  { personRef: 'subject-1', roles: ['subject'] },
]);
const ordered = investigationOrderedData({
  orderedBy: 'head-1',
  investigatorRef: 'investigator-1',
  dueOn: '2025-12-24',
  windows: [{ personRef: 'subject-1', opensOn: '2025-11-24', closesOn: '2025-12-01' }],
});

describe('notifications-service against real Kafka, Postgres and SMTP', () => {
  let kafka: Kafka;
  let publisher: EventPublisher;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let config: NotificationsConfig;
  let app: INestApplication;
  let issuer: DevTokenIssuer;
  let events: ReturnType<typeof caseEventFactory>;

  const db = (): DataSource => app.get<DataSource>(DATA_SOURCE);
  const count = async (sql: string, params: unknown[] = []) =>
    Number(((await db().query(sql, params)) as { n: string }[])[0]!.n);
  const notificationsOf = (caseId: string) =>
    count(`SELECT count(*) AS n FROM notifications.notifications WHERE case_id = $1`, [caseId]);
  const mailsTo = (address: string, mails: CapturedMail[] = smtp.mails) =>
    mails.filter((m) => m.to.includes(address));
  const token = (personRef: string, locale: Principal['locale'] = 'en') =>
    issuer.issue({ personRef, roles: ['officer'], unitId: 'unit-1', locale });

  beforeAll(async () => {
    kafka = testKafka();
    smtp = await startSmtpSink();
    config = await suiteConfig(smtp.port);
    await createTopics(kafka, [
      config.CASE_EVENTS_TOPIC,
      config.SUPPORT_FOLLOW_UPS_TOPIC,
      config.WELLBEING_CONCERNS_TOPIC,
    ]);
    publisher = await newPublisher(kafka);
    app = await startService(config);
    issuer = await DevTokenIssuer.create(config.JWT_DEV_KEYS_DIR);
    events = caseEventFactory(config.CASE_EVENTS_TOPIC);
    const preferences = app.get(PreferencesRepository);
    const both = ['inbox', 'email'] as const;
    await preferences.save('applicant-1', { locale: 'ru', email: 'applicant-1@police.kz', channels: both });
    await preferences.save('subject-1', { locale: 'kk', email: 'subject-1@police.kz', channels: both });
    await preferences.save('investigator-1', {
      locale: 'en',
      email: 'investigator-1@police.kz',
      channels: both,
    });
    await preferences.save('head-1', { locale: 'ru', email: 'head-1@police.kz', channels: both });
    await preferences.save('staff-1', { locale: 'ru', email: 'staff-1@police.kz', channels: both });
  });

  afterAll(async () => {
    await app?.close();
    await publisher?.disconnect();
    await smtp?.close();
  });

  it('turns events into exactly one inbox item and one e-mail per recipient, also when an event comes twice', async () => {
    const caseId = 'case-dup-1';
    const first = events.event(caseId, 'case.reported', reported);
    const second = events.event(caseId, 'case.investigation-ordered', ordered);
    await publisher.publishAll(events.contract, [first, second, second, first]);

    const expected = ['applicant-1', 'applicant-1', 'investigator-1', 'subject-1'];
    await waitUntil('four e-mails', () => smtp.mails.length >= expected.length);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a wrong extra copy to show up
    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual(expected.map((r) => `${r}@police.kz`));
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(expected.length);
    expect(await notificationsOf(caseId)).toBe(4);
    expect(
      await count(
        `SELECT count(*) AS n FROM notifications.deliveries WHERE status = 'sent' AND channel = 'email'`,
      ),
    ).toBe(4);

    // The subject's inbox, in Kazakh (their preference), with only their own items.
    const subject = `Bearer ${await token('subject-1')}`;
    const inbox = await request(app.getHttpServer()).get('/inbox').set('authorization', subject);
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({
      total: 1,
      page: 1,
      items: [{ template: 'protection-act-window-opened', caseId }],
    });
    expect(inbox.body.items[0].title).toBe('Қорғау актісін беру мерзімі ашылды');
    const unread = () =>
      request(app.getHttpServer()).get('/inbox/unread-count').set('authorization', subject);
    expect((await unread()).body).toEqual({ count: 1 });

    const itemId = inbox.body.items[0].id as string;
    const someoneElse = `Bearer ${await token('applicant-1')}`;
    const stranger = await request(app.getHttpServer())
      .post(`/inbox/${itemId}/read`)
      .set('authorization', someoneElse);
    expect(stranger.status).toBe(404);
    expect(stranger.headers['content-type']).toMatch(/problem\+json/);
    expect(
      (await request(app.getHttpServer()).post(`/inbox/${itemId}/read`).set('authorization', subject)).status,
    ).toBe(204);
    expect((await unread()).body).toEqual({ count: 0 });
    expect((await request(app.getHttpServer()).get('/inbox')).status).toBe(401);

    // The Russian e-mail to the applicant says progress, nothing else.
    const applicantMails = mailsTo('applicant-1@police.kz');
    expect(applicantMails).toHaveLength(2);
  });

  it('serves and validates preferences', async () => {
    const auth = `Bearer ${await token('newcomer-1', 'kk')}`;
    const http = () => request(app.getHttpServer());
    expect((await http().get('/preferences/me').set('authorization', auth)).body).toEqual({
      locale: 'kk',
      email: null,
      channels: ['inbox'],
    });
    const put = (body: object) => http().put('/preferences/me').set('authorization', auth).send(body);
    const badLocale = await put({ locale: 'de', email: null, channels: ['inbox'] });
    expect(badLocale.status).toBe(400);
    expect(badLocale.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'locale', rule: 'invalid_value' }],
    });
    const emailWithoutAddress = await put({ locale: 'en', email: null, channels: ['email'] });
    expect(emailWithoutAddress.status).toBe(400);
    expect(emailWithoutAddress.body.errors).toMatchObject([{ field: 'email' }]);
    const good = { locale: 'en', email: 'n@police.kz', channels: ['inbox', 'email'] };
    expect((await http().put('/preferences/me').set('authorization', auth).send(good)).status).toBe(200);
    expect((await http().get('/preferences/me').set('authorization', auth)).body).toEqual(good);
  });

  it('dead-letters malformed events with the reason and keeps consuming', async () => {
    const caseId = 'case-dlq-1';
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: config.CASE_EVENTS_TOPIC,
      messages: [
        { key: caseId, value: '{not json' },
        { key: caseId, value: JSON.stringify({ eventId: 'nope', type: 'case.reported', data: {} }) },
      ],
    });
    await producer.disconnect();
    // A routed type without the fields its contract requires: refused on parse, then dead-lettered.
    const incomplete = {
      ...events.event(caseId, 'case.reported', reported),
      type: 'case.explanations-requested',
    };
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({
      topic: config.CASE_EVENTS_TOPIC,
      messages: [{ key: caseId, value: JSON.stringify(incomplete) }],
    });
    await raw.disconnect();
    await publisher.publish(events.contract, events.event(caseId, 'case.reported', reported));
    await waitUntil(
      'the valid event after the bad ones is handled',
      async () => (await notificationsOf(caseId)) === 1,
    );

    const dead = await readMessages(kafka, `${config.CASE_EVENTS_TOPIC}.dlq`, 3);
    const reasons = dead.map((m) => headerStrings(m.headers)[DLQ_HEADERS.reason] ?? '');
    expect(reasons[0]).toMatch(/^malformed/);
    expect(reasons[1]).toMatch(/^invalid-envelope/);
    // Refused by the contract before any handler runs, naming the missing field.
    expect(reasons[2]).toMatch(/^invalid-envelope.*data\.dueOn/);
    expect(dead[0]!.value!.toString()).toBe('{not json');
  });

  it('sends follow-ups to the unit wellbeing staff and never to a disciplinary role of the case', async () => {
    const caseId = 'case-wall-1';
    await publisher.publishAll(events.contract, [
      events.event(caseId, 'case.reported', reported),
      events.event(caseId, 'case.investigation-ordered', ordered),
    ]);
    await waitUntil('the case is projected', async () => (await notificationsOf(caseId)) === 4);
    const followUps = followUpFactory(config.SUPPORT_FOLLOW_UPS_TOPIC);
    const before = smtp.mails.length;
    await publisher.publish(followUps.contract, followUps.checkInDue('subject-1', caseId));
    await waitUntil('the staff e-mail', () => mailsTo('staff-1@police.kz').length === 1);
    const recipients = (await db().query(
      `SELECT recipient_ref FROM notifications.notifications WHERE template = 'check-in-due'`,
    )) as { recipient_ref: string }[];
    // investigator-1 is mapped as unit staff too, but investigates this case: the wall keeps it out.
    expect(recipients.map((r) => r.recipient_ref)).toEqual(['staff-1']);
    // Scheduling facts only: no case on the wellbeing notice.
    const stored = (await db().query(
      `SELECT case_id, params FROM notifications.notifications WHERE template = 'check-in-due'`,
    )) as { case_id: string | null; params: object }[];
    expect(stored).toEqual([
      { case_id: null, params: { personRef: 'subject-1', checkInNumber: 1, dueAt: '2025-12-31' } },
    ]);
    expect(smtp.mails.slice(before).map((m) => m.to[0])).toContain('staff-1@police.kz');
  });

  it('tells only the ordering head that a concern was raised on the case, once, and dead-letters a concern with more', async () => {
    const caseId = 'case-concern-1';
    const commission = commissionScheduledData([{ personRef: 'chair-1', role: 'chair' }], '2025-12-10');
    await publisher.publishAll(events.contract, [
      events.event(caseId, 'case.reported', reported),
      events.event(caseId, 'case.investigation-ordered', ordered),
      events.event(caseId, 'case.commission-session-scheduled', commission),
    ]);
    // reported: applicant; ordered: investigator, subject, applicant; session: subject, chair, applicant.
    await waitUntil('the case is projected', async () => (await notificationsOf(caseId)) === 7);
    await waitUntil(
      "the case's e-mails are sent",
      async () =>
        (await count(`SELECT count(*) AS n FROM notifications.deliveries WHERE status = 'pending'`)) === 0,
    );
    const before = smtp.mails.length;

    const concerns = concernFactory(config.WELLBEING_CONCERNS_TOPIC);
    const raised = concerns.raised(caseId, 'retaliation');
    // A concern with text must never get in: the contract is strict, so it is dead-lettered, not stored.
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: config.WELLBEING_CONCERNS_TOPIC,
      messages: [
        {
          key: caseId,
          value: JSON.stringify({
            ...concerns.raised(caseId, 'isolation'),
            data: {
              caseId,
              category: 'isolation',
              raisedAt: raised.data.raisedAt,
              content: 'my head shouts',
            },
          }),
        },
      ],
    });
    await producer.disconnect();
    // Twice (a redelivery), and once on a case nobody here knows a head of: that one tells nobody.
    await publisher.publishAll(concerns.contract, [
      raised,
      raised,
      concerns.raised('case-unknown-1', 'other'),
    ]);

    await waitUntil('the head is e-mailed', () => mailsTo('head-1@police.kz').length >= 1);
    const dead = await readMessages(kafka, `${config.WELLBEING_CONCERNS_TOPIC}.dlq`, 1);
    expect(headerStrings(dead[0]!.headers)[DLQ_HEADERS.reason]).toMatch(/^invalid/);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a wrong extra copy to show up

    const stored = (await db().query(
      `SELECT recipient_ref, case_id, params FROM notifications.notifications WHERE template = 'concern-raised'`,
    )) as { recipient_ref: string; case_id: string; params: object }[];
    expect(stored).toEqual([{ recipient_ref: 'head-1', case_id: caseId, params: { caseId } }]);
    expect(await notificationsOf('case-unknown-1')).toBe(0);
    // Nothing of any concern (category, text) is stored anywhere in the notifications schema.
    const everything = JSON.stringify(
      await db().query(`SELECT params, template FROM notifications.notifications`),
    );
    for (const secret of ['retaliation', 'isolation', 'my head shouts'])
      expect(everything).not.toContain(secret);

    // One e-mail, to the head only, in the head's language (ru), and the same item in the head's inbox.
    const mails = smtp.mails.slice(before);
    expect(mails.map((m) => m.to[0])).toEqual(['head-1@police.kz']);
    const [delivery] = (await db().query(
      `SELECT d.id FROM notifications.deliveries d JOIN notifications.notifications n ON n.id = d.notification_id
        WHERE n.template = 'concern-raised' AND d.channel = 'email' AND d.status = 'sent'`,
    )) as { id: string }[];
    expect(mails[0]!.messageId).toBe(`<${delivery!.id}@notifications.qorgau>`);
    expect(mails[0]!.raw).not.toMatch(/retaliation|isolation|my head shouts/);
    const inbox = await request(app.getHttpServer())
      .get('/inbox')
      .set('authorization', `Bearer ${await token('head-1')}`);
    expect(inbox.body.items.filter((i: { caseId: string }) => i.caseId === caseId)).toEqual([
      expect.objectContaining({
        template: 'concern-raised',
        title: `По делу ${caseId} выражена обеспокоенность`,
      }),
    ]);
  });

  it('loses and duplicates nothing when the service stops mid-batch, restarts, and events are redelivered', async () => {
    const caseId = 'case-restart-1';
    await publisher.publishAll(events.contract, [
      events.event(caseId, 'case.reported', reported),
      events.event(caseId, 'case.investigation-ordered', ordered),
    ]);
    await waitUntil('the case is projected', async () => (await notificationsOf(caseId)) === 4);
    const deadlines = Array.from({ length: 40 }, (_, n) =>
      events.event(
        caseId,
        'case.deadline-approaching',
        deadlineNoticeData({ clock: 'investigation', dueOn: '2025-12-24', citation: `art. 58 p.4 #${n}` }),
      ),
    );
    await publisher.publishAll(events.contract, deadlines);
    // Stop while the batch is being worked through.
    await waitUntil('some deadlines handled', async () => (await notificationsOf(caseId)) >= 4 + 4);
    await app.close();
    const handledBeforeStop = await countIn(config, caseId);
    app = await startService(config);
    await waitUntil(
      'all deadlines handled',
      async () => (await notificationsOf(caseId)) === 4 + 2 * 40,
      60_000,
    );

    // Redeliver everything: the group starts again from the beginning of the topic.
    await app.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.resetOffsets({
      groupId: config.CONSUMER_GROUP,
      topic: config.CASE_EVENTS_TOPIC,
      earliest: true,
    });
    await admin.disconnect();
    app = await startService(config);
    await waitUntil(
      'e-mails for every deadline',
      async () => (await deadlineMails()).length === 2 * 40,
      60_000,
    );
    await waitUntil(
      'the redelivered topic is consumed',
      async () => (await lag(kafka, config)) === 0,
      60_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(handledBeforeStop).toBeLessThan(4 + 2 * 40);
    expect(await notificationsOf(caseId)).toBe(4 + 2 * 40);
    const mails = await deadlineMails();
    expect(mails).toHaveLength(2 * 40);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2 * 40);
    expect(mailsTo('investigator-1@police.kz', mails)).toHaveLength(40);
    expect(mailsTo('head-1@police.kz', mails)).toHaveLength(40);
  });

  /** E-mails whose Message-ID is one of the case's deadline deliveries. */
  const deadlineMails = async () => {
    const rows = (await db().query(
      `SELECT d.id FROM notifications.deliveries d JOIN notifications.notifications n ON n.id = d.notification_id
        WHERE n.case_id = 'case-restart-1' AND n.template = 'deadline-approaching' AND d.channel = 'email'`,
    )) as { id: string }[];
    const ids = new Set(rows.map((r) => `<${r.id}@notifications.qorgau>`));
    return smtp.mails.filter((m) => m.messageId !== undefined && ids.has(m.messageId));
  };
});

async function countIn(config: NotificationsConfig, caseId: string): Promise<number> {
  const dataSource = await createDataSource(config.DATABASE_URL, 1).initialize();
  try {
    const rows = (await dataSource.query(
      `SELECT count(*) AS n FROM notifications.notifications WHERE case_id = $1`,
      [caseId],
    )) as { n: string }[];
    return Number(rows[0]!.n);
  } finally {
    await dataSource.destroy();
  }
}

async function lag(kafka: Kafka, config: NotificationsConfig): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(config.CASE_EVENTS_TOPIC);
    const [committed] = await admin.fetchOffsets({
      groupId: config.CONSUMER_GROUP,
      topics: [config.CASE_EVENTS_TOPIC],
    });
    return ends.reduce((sum, { partition, offset }) => {
      const done = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
      return sum + Number(offset) - Math.max(0, Number(done));
    }, 0);
  } finally {
    await admin.disconnect();
  }
}

async function readMessages(kafka: Kafka, topic: string, count: number): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({
    groupId: `reader-${Math.random().toString(36).slice(2)}`,
    sessionTimeout: 6000,
    heartbeatInterval: 300,
    maxWaitTimeInMs: 50,
  });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
    await waitUntil(`${count} messages on ${topic}`, () => messages.length >= count);
  } finally {
    await consumer.disconnect();
  }
  return messages.sort((a, b) => Number(a.offset) - Number(b.offset));
}
