import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { caseEvents, supportFollowUps, wellbeingConcerns } from '@qorgau/contracts';
import { EventConsumer, PostgresProcessedEventStore, type PostgresTransaction } from '@qorgau/messaging';
import { type Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { type DataSource } from 'typeorm';
import { type NotificationsConfig } from '../config';
import { NOTIFICATIONS_SCHEMA } from '../db/schema';
import { EmailOutbox } from '../email/email-outbox';
import { NotificationMetrics } from '../platform/notification-metrics';
import { CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { NotificationRecorder } from './notification-recorder';

/**
 * One consumer group over case events, support follow-ups and wellbeing concern signals. @qorgau/messaging
 * parses envelopes with the contracts, records each eventId in notifications.processed_events in the
 * handler's transaction, retries with backoff, dead-letters to `<topic>.dlq` with the reason, and commits
 * offsets only after that.
 */
@Injectable()
export class NotificationConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: EventConsumer<PostgresTransaction> | undefined;

  constructor(
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(NotificationRecorder) private readonly recorder: NotificationRecorder,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(NotificationMetrics) private readonly metrics: NotificationMetrics,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('NotificationConsumer');
  }

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    this.consumer = new EventConsumer<PostgresTransaction>({
      kafka: this.kafka,
      groupId: config.CONSUMER_GROUP,
      store: new PostgresProcessedEventStore(this.dataSource, { schema: NOTIFICATIONS_SCHEMA }),
      retry: { attempts: config.CONSUMER_RETRY_ATTEMPTS, baseDelayMs: config.CONSUMER_RETRY_BASE_DELAY_MS },
      consumerConfig: {
        sessionTimeout: config.CONSUMER_SESSION_TIMEOUT_MS,
        heartbeatInterval: config.CONSUMER_HEARTBEAT_INTERVAL_MS,
        rebalanceTimeout: Math.max(3000, config.CONSUMER_SESSION_TIMEOUT_MS / 2),
        maxWaitTimeInMs: config.CONSUMER_MAX_WAIT_MS,
      },
      logger: this.logger,
      metrics: this.metrics.messaging(() => this.outbox.nudge()),
    })
      .on(caseEvents.withName(config.CASE_EVENTS_TOPIC), (event, { manager }) =>
        this.recorder.caseEvent(manager, event),
      )
      .on(supportFollowUps.withName(config.SUPPORT_FOLLOW_UPS_TOPIC), (event, { manager }) =>
        this.recorder.followUp(manager, event),
      )
      .on(wellbeingConcerns.withName(config.WELLBEING_CONCERNS_TOPIC), (event, { manager }) =>
        this.recorder.concern(manager, event),
      );
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
