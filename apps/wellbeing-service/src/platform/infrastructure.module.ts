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
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { wellbeingDataSource } from '../db/data-source';
import { seedLocalUnitStaff } from '../db/seed-local';
import { type ConsumerTuning } from '../follow-ups/follow-up.consumer';
import { systemClock, type Clock } from './clock';
import { CLOCK, CONFIG, CONSUMER_TUNING, DATA_SOURCE, KAFKA } from './tokens';

export interface InfrastructureOptions {
  readonly config: WellbeingConfig;
  readonly clock?: Clock;
  readonly consumerTuning?: ConsumerTuning;
}

/** The connection (migrated at start, with the service's own role), the Kafka client and the clock. */
@Global()
@Module({})
export class InfrastructureModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  static forRoot({ config, clock = systemClock, consumerTuning = {} }: InfrastructureOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: CONSUMER_TUNING, useValue: consumerTuning },
        {
          provide: DATA_SOURCE,
          useFactory: async () => {
            const dataSource = await wellbeingDataSource(
              config.DATABASE_URL,
              postgresSsl(config),
            ).initialize();
            if (migrateAtBoot(config)) await dataSource.runMigrations();
            if (config.SEED_LOCAL_UNIT_STAFF) await seedLocalUnitStaff(dataSource);
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
      ],
      exports: [CONFIG, CLOCK, CONSUMER_TUNING, DATA_SOURCE, KAFKA],
    };
  }

  onModuleInit(): void {
    this.readiness.register(databasePing(this.dataSource));
    this.readiness.register(kafkaClusterCheck(this.kafka.admin()));
  }

  /** Consumers and the relay stop in beforeApplicationShutdown; the pool closes after them. */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
