import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { postgresSsl } from '@qorgau/config';
import { OutboxRepository } from '@qorgau/cases-persistence';
import { TOPICS } from '@qorgau/contracts';
import { MetricsService, ReadinessRegistry, withTimeout } from '@qorgau/service-kit';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type CasesConfig } from '../config';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { OUTBOX_CHANNEL } from '../db/migrations/1796611982366-outbox-notify';
import { OutboxRelayLoop } from './outbox-relay';

/**
 * Runs the outbox relay in the service process and exposes its lag as Prometheus gauges. Where it runs, it is
 * part of readiness: not ready while a message is stuck (OUTBOX_STUCK_ATTEMPTS failed publishes) or the oldest
 * unpublished one is older than OUTBOX_MAX_LAG_SECONDS, since the other services then miss case events.
 */
@Injectable()
export class OutboxRelayService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  readonly loop: OutboxRelayLoop;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(CONFIG) private readonly config: CasesConfig,
    @Inject(CLOCK) clock: Clock,
    @Inject(MetricsService) metrics: MetricsService,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
  ) {
    const pending = metrics.gauge('cases_outbox_pending', 'Outbox messages not yet published');
    const age = metrics.gauge(
      'cases_outbox_lag_seconds',
      'Age of the oldest unpublished outbox message (relay lag)',
    );
    const stuck = metrics.gauge(
      'cases_outbox_stuck',
      `Unpublished outbox messages whose publishing failed ${config.OUTBOX_STUCK_ATTEMPTS} times or more`,
    );
    const published = metrics.counter('cases_outbox_published_total', 'Outbox messages published to Kafka');
    const failures = metrics.counter(
      'cases_outbox_publish_failures_total',
      'Relay rounds whose publish to Kafka failed (the batch stays in the outbox)',
    );
    this.loop = new OutboxRelayLoop({
      kafka,
      outbox: new OutboxRepository(dataSource),
      topics: {
        [TOPICS.caseEvents]: config.CASE_EVENTS_TOPIC,
        [TOPICS.supportFollowUps]: config.SUPPORT_FOLLOW_UPS_TOPIC,
      },
      batchSize: config.OUTBOX_BATCH_SIZE,
      now: () => clock.now(),
      stuckAttempts: config.OUTBOX_STUCK_ATTEMPTS,
      onError: (error) => {
        failures.inc();
        this.logger.error({ error: String(error) }, 'outbox relay round failed');
      },
      onLag: (lag) => {
        pending.set(lag.pending);
        age.set(lag.oldestAgeSeconds);
        stuck.set(lag.stuck);
      },
      onPublished: (count) => published.inc(count),
      listen: { connectionString: config.DATABASE_URL, ssl: postgresSsl(config), channel: OUTBOX_CHANNEL },
    });
  }

  onModuleInit(): void {
    if (!this.config.OUTBOX_RELAY_ENABLED) return;
    this.readiness.register({
      name: 'outbox',
      check: async () => {
        const lag = await withTimeout(this.loop.lag(), 2000, 'outbox');
        if (lag.stuck > 0) {
          throw new Error(`${lag.stuck} outbox message(s) stuck: ${lag.stuckError ?? 'unknown error'}`);
        }
        if (lag.oldestAgeSeconds > this.config.OUTBOX_MAX_LAG_SECONDS) {
          throw new Error(
            `oldest unpublished outbox message is ${Math.round(lag.oldestAgeSeconds)} s old (limit ${this.config.OUTBOX_MAX_LAG_SECONDS} s)`,
          );
        }
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.OUTBOX_RELAY_ENABLED) await this.loop.start(this.config.OUTBOX_POLL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.config.OUTBOX_RELAY_ENABLED) await this.loop.stop();
  }
}
