import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { OutboxRepository } from '@qorgau/cases-persistence';
import { TOPICS } from '@qorgau/contracts';
import { MetricsService } from '@qorgau/service-kit';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type CasesConfig } from '../config';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { OutboxRelayLoop } from './outbox-relay';

/** Runs the outbox relay in the service process and exposes its lag as Prometheus gauges. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  readonly loop: OutboxRelayLoop;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(CONFIG) private readonly config: CasesConfig,
    @Inject(CLOCK) clock: Clock,
    @Inject(MetricsService) metrics: MetricsService,
  ) {
    const pending = metrics.gauge('cases_outbox_pending', 'Outbox messages not yet published');
    const age = metrics.gauge(
      'cases_outbox_lag_seconds',
      'Age of the oldest unpublished outbox message (relay lag)',
    );
    const published = metrics.counter('cases_outbox_published_total', 'Outbox messages published to Kafka');
    this.loop = new OutboxRelayLoop({
      kafka,
      outbox: new OutboxRepository(dataSource),
      topics: {
        [TOPICS.caseEvents]: config.CASE_EVENTS_TOPIC,
        [TOPICS.supportFollowUps]: config.SUPPORT_FOLLOW_UPS_TOPIC,
      },
      batchSize: config.OUTBOX_BATCH_SIZE,
      now: () => clock.now(),
      onError: (error) => this.logger.error({ error: String(error) }, 'outbox relay round failed'),
      onLag: (lag) => {
        pending.set(lag.pending);
        age.set(lag.oldestAgeSeconds);
      },
      onPublished: (count) => published.inc(count),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.OUTBOX_RELAY_ENABLED) await this.loop.start(this.config.OUTBOX_POLL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.config.OUTBOX_RELAY_ENABLED) await this.loop.stop();
  }
}
