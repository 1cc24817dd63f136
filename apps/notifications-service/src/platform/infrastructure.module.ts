import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { migrateAtBoot, kafkaSecurity, postgresSsl } from '@qorgau/config';
import { createKafka } from '@qorgau/messaging';
import { databasePing, kafkaClusterCheck, ReadinessRegistry } from '@qorgau/service-kit';
import { type Kafka, logLevel } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { type DataSource } from 'typeorm';
import { type NotificationsConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { MailTransport } from '../email/mail-transport';
import { NotificationMetrics } from './notification-metrics';
import { CaseRecipientsRepository } from '../repositories/case-recipients.repository';
import { DeliveriesRepository } from '../repositories/deliveries.repository';
import { PreferencesRepository } from '../repositories/preferences.repository';
import { WellbeingStaffRepository } from '../repositories/wellbeing-staff.repository';
import { CONFIG, DATA_SOURCE, KAFKA } from './tokens';

const REPOSITORIES = [
  CaseRecipientsRepository,
  DeliveriesRepository,
  PreferencesRepository,
  WellbeingStaffRepository,
];

/**
 * Connections and repositories: the DataSource (migrated at boot unless MIGRATE_AT_BOOT=false), the Kafka client, the SMTP transport.
 * Readiness checks the database and Kafka; closing the app closes them after the consumer stopped.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(WellbeingStaffRepository) private readonly staff: WellbeingStaffRepository,
  ) {}

  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CONFIG, useValue: config },
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const dataSource = await createDataSource(
              config.DATABASE_URL,
              10,
              postgresSsl(config),
            ).initialize();
            if (migrateAtBoot(config)) await dataSource.runMigrations();
            return dataSource;
          },
        },
        {
          provide: KAFKA,
          inject: [PinoLogger],
          useFactory: (logger: PinoLogger) => {
            logger.setContext('kafkajs');
            return createKafka({
              clientId: config.KAFKA_CLIENT_ID,
              brokers: config.KAFKA_BROKERS,
              ...kafkaSecurity(config),
              logLevel: logLevel.WARN,
              logger,
            });
          },
        },
        {
          provide: MailTransport,
          useFactory: () =>
            new MailTransport(
              { host: config.SMTP_HOST, port: config.SMTP_PORT, secure: config.SMTP_SECURE },
              config.SMTP_FROM,
            ),
        },
        NotificationMetrics,
        ...REPOSITORIES,
      ],
      exports: [CONFIG, DATA_SOURCE, KAFKA, MailTransport, NotificationMetrics, ...REPOSITORIES],
    };
  }

  async onModuleInit(): Promise<void> {
    this.readiness.register(databasePing(this.dataSource));
    this.readiness.register(kafkaClusterCheck(this.kafka.admin()));
    if (this.config.WELLBEING_STAFF) await this.staff.seed(this.config.WELLBEING_STAFF);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy();
  }
}
