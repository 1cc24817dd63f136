import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { migrateAtBoot, kafkaSecurity, postgresSsl, temporalTls } from '@qorgau/config';
import { createKafka } from '@qorgau/messaging';
import { databasePing, kafkaClusterCheck, ReadinessRegistry } from '@qorgau/service-kit';
import { type Kafka, logLevel } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type CasesConfig } from '../config';
import { casesServiceDataSource } from '../db/data-source';
import { systemClock, type Clock } from './clock';
import { decisionEnvironmentOf } from '../decision-environment.config';
import { TemporalClientProvider } from './temporal-client.provider';
import { CLOCK, CONFIG, DATA_SOURCE, KAFKA } from './tokens';

export interface InfrastructureOptions {
  readonly config: CasesConfig;
  readonly clock?: Clock;
}

/**
 * The connection (migrated at start unless MIGRATE_AT_BOOT says otherwise: the service owns the cases schema),
 * Kafka, Temporal and the clock.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider,
  ) {}

  static forRoot({ config, clock = systemClock }: InfrastructureOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const dataSource = await casesServiceDataSource(
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
          useFactory: () =>
            createKafka({
              clientId: config.KAFKA_CLIENT_ID,
              brokers: config.KAFKA_BROKERS,
              ...kafkaSecurity(config),
              logLevel: logLevel.WARN,
            }),
        },
        {
          provide: TemporalClientProvider,
          useFactory: () =>
            new TemporalClientProvider({
              address: config.TEMPORAL_ADDRESS,
              tls: temporalTls(config),
              namespace: config.TEMPORAL_NAMESPACE,
              taskQueue: config.TEMPORAL_TASK_QUEUE,
              timeScale: config.QORGAU_TIME_SCALE,
              environment: decisionEnvironmentOf(config),
            }),
        },
      ],
      exports: [CONFIG, CLOCK, DATA_SOURCE, KAFKA, TemporalClientProvider],
    };
  }

  onModuleInit(): void {
    this.readiness.register(databasePing(this.dataSource));
    this.readiness.register(kafkaClusterCheck(this.kafka.admin()));
    this.readiness.register(this.temporal.readiness());
  }

  /** The relay stops in beforeApplicationShutdown; the pool closes after it. */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
