import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { postgresSsl } from '@qorgau/config';
import { WakeableLoop } from '@qorgau/messaging';
import { type Locale } from '@qorgau/service-kit';
import { contextFromHeaders, SpanKind, withSpan } from '@qorgau/tracing';
import { type NotificationsConfig } from '../config';
import { DELIVERIES_CHANNEL } from '../db/migrations/1796700000000-email-wake-up';
import { NotificationMetrics } from '../platform/notification-metrics';
import { DeliveriesRepository, type DueEmail } from '../repositories/deliveries.repository';
import { isTemplateKey } from '../templates/catalog';
import { renderMessage } from '../templates/render';
import { CONFIG } from '../platform/tokens';
import { MailTransport } from './mail-transport';

const BATCH = 20;
const LEASE_MS = 60_000;

/**
 * Sends pending e-mail deliveries, outside the consumer's transaction: the consumer only stores them, so a
 * crash before sending loses nothing (the row stays pending) and a redelivered event adds nothing (it was
 * recorded once). A crash after the SMTP server accepted a mail but before it was marked sent can send it
 * again after the lease expires; the Message-ID is the delivery id, so that copy is recognisable. A
 * `WakeableLoop`: woken by NOTIFY from the deliveries' insert trigger (and `nudge()`), polling every
 * EMAIL_POLL_INTERVAL_MS for retries whose backoff has passed.
 */
@Injectable()
export class EmailOutbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EmailOutbox');
  private readonly loop: WakeableLoop;
  private stopped = false;

  constructor(
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(MailTransport) private readonly transport: MailTransport,
    @Inject(NotificationMetrics) private readonly metrics: NotificationMetrics,
  ) {
    this.loop = new WakeableLoop({
      run: () => this.drain(),
      pollMs: config.EMAIL_POLL_INTERVAL_MS,
      listen: {
        connectionString: config.DATABASE_URL,
        ssl: postgresSsl(config),
        channel: DELIVERIES_CHANNEL,
      },
      onError: (error) => this.logger.error({ err: error }, 'e-mail outbox failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.loop.stop();
    this.transport.close();
  }

  /** New e-mails were committed: send now rather than at the next poll. */
  nudge(): void {
    this.loop.nudge();
  }

  /** Sends everything due now; resolves when the outbox has nothing due. */
  async drain(): Promise<void> {
    for (;;) {
      const due = await this.deliveries.claimDueEmails(BATCH, LEASE_MS);
      for (const email of due) await this.send(email);
      if (due.length < BATCH || this.stopped) return;
    }
  }

  /** One span per delivery attempt, in the trace of the command that caused the notification. */
  private send(email: DueEmail): Promise<void> {
    return withSpan(
      'smtp send',
      {
        kind: SpanKind.CLIENT,
        parent: contextFromHeaders(email.traceContext),
        attributes: {
          'qorgau.delivery.id': email.id,
          'qorgau.delivery.attempt': email.attempts,
          'qorgau.notification.template': email.template,
          'server.address': this.config.SMTP_HOST,
        },
      },
      () => this.attempt(email),
    );
  }

  private async attempt(email: DueEmail): Promise<void> {
    try {
      if (!isTemplateKey(email.template)) throw new Error(`unknown template ${email.template}`);
      const message = renderMessage(email.template, email.params, email.locale as Locale);
      await this.transport.send({
        to: email.address,
        subject: message.title,
        text: message.body,
        deliveryId: email.id,
      });
      if (await this.deliveries.markSent(email.id)) this.metrics.delivery('email', 'sent');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryIn = Math.min(this.config.EMAIL_RETRY_BASE_DELAY_MS * 2 ** (email.attempts - 1), 3600_000);
      const status = await this.deliveries.markAttemptFailed(
        email.id,
        reason,
        this.config.EMAIL_MAX_ATTEMPTS,
        retryIn,
      );
      this.metrics.delivery('email', status === 'failed' ? 'failed' : 'retry');
      this.logger.warn({ deliveryId: email.id, attempts: email.attempts, status, reason }, 'e-mail not sent');
    }
  }
}
