import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { caseEvents, supportFollowUps } from '@qorgau/contracts';
import {
  EventConsumer,
  PostgresProcessedEventStore,
  type EventConsumerOptions,
  type PostgresTransaction,
} from '@qorgau/messaging';
import { MetricsService } from '@qorgau/service-kit';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { WELLBEING_SCHEMA } from '../db/schema';
import { CONFIG, CONSUMER_TUNING, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { messagingLogger } from '../platform/messaging-logger';
import { RestorationService } from '../restorations/restoration.service';
import { FollowUpHandler } from './follow-up.handler';

/** Consumer tuning the tests tighten; production keeps kafkajs's defaults. */
export type ConsumerTuning = Pick<EventConsumerOptions<object>, 'consumerConfig' | 'retry'>;

/**
 * Runs the consumer for the life of the app: `support.follow-ups.v1`, and the case-events topic for
 * `case.restoration-started` (every other case event is recorded as processed and ignored).
 */
@Injectable()
export class FollowUpConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: EventConsumer<PostgresTransaction> | undefined;
  private readonly logger = new Logger(FollowUpConsumer.name);

  constructor(
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(FollowUpHandler) private readonly handler: FollowUpHandler,
    @Inject(RestorationService) private readonly restorations: RestorationService,
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(CONSUMER_TUNING) private readonly tuning: ConsumerTuning,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const processed = this.metrics.counter('wellbeing_follow_ups_total', 'Follow-up events handled', [
      'type',
      'outcome',
    ]);
    this.consumer = new EventConsumer<PostgresTransaction>({
      kafka: this.kafka,
      groupId: this.config.WELLBEING_CONSUMER_GROUP,
      store: new PostgresProcessedEventStore(this.dataSource, { schema: WELLBEING_SCHEMA }),
      logger: messagingLogger(this.logger),
      metrics: {
        processed: ({ type }) => processed.inc({ type, outcome: 'processed' }),
        duplicate: ({ type }) => processed.inc({ type, outcome: 'duplicate' }),
        deadLettered: ({ reason }) => processed.inc({ type: reason, outcome: 'dead-lettered' }),
      },
      ...this.tuning,
    })
      .on(supportFollowUps.withName(this.config.FOLLOW_UPS_TOPIC), (event, context) =>
        this.handler.handle(event, context),
      )
      .on(caseEvents.withName(this.config.CASE_EVENTS_TOPIC), (event, context) =>
        this.restorations.handleCaseEvent(event, context),
      );
    await this.consumer.start();
  }

  /** Before the pool closes (onApplicationShutdown), so in-flight handlers can finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
