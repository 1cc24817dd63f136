import { randomUUID } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { createTopics, startService, suiteConfig, testKafka, waitUntil } from './support/harness';
import { startSmtpSink } from './support/smtp-sink';

/**
 * The e-mail outbox wakes on NOTIFY when another connection commits a delivery (another instance's consumer),
 * with its poll set far beyond the test's patience: only the wake-up can send the mail in time.
 */
describe('e-mail outbox wake-up', () => {
  const PROMPTLY_MS = 10_000;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let app: INestApplication;
  let other: DataSource;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const config = await suiteConfig(smtp.port, { EMAIL_POLL_INTERVAL_MS: '3600000' });
    await createTopics(testKafka(), [
      config.CASE_EVENTS_TOPIC,
      config.SUPPORT_FOLLOW_UPS_TOPIC,
      config.WELLBEING_CONCERNS_TOPIC,
    ]);
    app = await startService(config);
    // Another process's connection (another instance's consumer), not the service's pool.
    other = await createDataSource(config.DATABASE_URL, 1).initialize();
    // Let the outbox's first round (at start) finish on an empty table.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  afterAll(async () => {
    await other?.destroy();
    await app?.close();
    await smtp?.close();
  });

  it('sends an e-mail committed by another connection long before the next poll', async () => {
    const notificationId = randomUUID();
    const written = Date.now();
    await other.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notifications.notifications (id, event_id, recipient_ref, template, params, case_id, occurred_at)
       VALUES ($1, $2, 'applicant-w', 'case-registered', $3, 'case-wake', now())`,
        [notificationId, randomUUID(), JSON.stringify({ caseId: 'case-wake' })],
      );
      await tx.query(
        `INSERT INTO notifications.deliveries (notification_id, recipient_ref, channel, status, locale, address)
       VALUES ($1, 'applicant-w', 'email', 'pending', 'kk', 'applicant-w@police.kz')`,
        [notificationId],
      );
    });
    await waitUntil(
      'the mail is sent',
      () => smtp.mails.some((m) => m.to.includes('applicant-w@police.kz')),
      PROMPTLY_MS,
    );
    expect(Date.now() - written).toBeLessThan(PROMPTLY_MS);
    const rows = (await other.query(
      'SELECT status FROM notifications.deliveries WHERE notification_id = $1',
      [notificationId],
    )) as { status: string }[];
    expect(rows).toEqual([{ status: 'sent' }]);
  });
});
