import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { wellbeingCheckIns } from '@qorgau/contracts';
import {
  EventConsumer,
  PostgresProcessedEventStore,
  type Logger as MessagingLogger,
  type PostgresTransaction,
} from '@qorgau/messaging';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type CasesConfig } from '../config';
import { CONFIG, DATA_SOURCE, KAFKA } from '../platform/tokens';
import { CheckInSignaller } from './check-in-signaller';

const messagingLogger = (logger: Logger): MessagingLogger => ({
  info: (fields, message) => logger.log({ ...fields, msg: message }),
  warn: (fields, message) => logger.warn({ ...fields, msg: message }),
  error: (fields, message) => logger.error({ ...fields, msg: message }),
  debug: (fields, message) => logger.debug({ ...fields, msg: message }),
});

/**
 * Consumes `wellbeing.check-ins.v1` and signals each check-in outcome or consent withdrawal to its support
 * workflow.
 * @qorgau/messaging parses the strict contract at the edge (a malformed or over-full event goes to the
 * `.dlq` at once), records each eventId in `<schema>.processed_events` in the handler's transaction,
 * retries a failing signal (Temporal down) with backoff, then dead-letters it; a signal to a finished or
 * unknown workflow is logged and recorded as processed. Starts in the background, retrying, so the API
 * boots (and reports readiness) while Kafka is not there yet.
 */
@Injectable()
export class CheckInConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CheckInConsumer.name);
  private consumer: EventConsumer<PostgresTransaction> | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;
  private wakeUp: (() => void) | undefined;

  constructor(
    @Inject(CONFIG) private readonly config: CasesConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(CheckInSignaller) private readonly signaller: CheckInSignaller,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SUPPORT_CONSUMER_ENABLED) return;
    this.starting = this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.starting;
    await this.consumer?.stop();
  }

  private async start(): Promise<void> {
    const { config } = this;
    try {
      if (this.stopped) return;
      const consumer = new EventConsumer<PostgresTransaction>({
        kafka: this.kafka,
        groupId: config.SUPPORT_CONSUMER_GROUP,
        store: new PostgresProcessedEventStore(this.dataSource, { schema: config.DATABASE_SCHEMA }),
        retry: { attempts: config.SUPPORT_CONSUMER_RETRY_ATTEMPTS },
        logger: messagingLogger(this.logger),
      }).on(wellbeingCheckIns.withName(config.WELLBEING_CHECK_INS_TOPIC), async (event) => {
        await this.signaller.signal(event);
      });
      this.consumer = consumer;
      await consumer.start();
    } catch (error) {
      this.logger.error({ error: String(error), msg: 'support check-in consumer did not start; retrying' });
      await this.consumer?.stop().catch(() => undefined);
      this.consumer = undefined;
      if (this.stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!this.stopped) await this.start();
    }
  }
}
