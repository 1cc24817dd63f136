import { type PostgresSsl } from '@qorgau/config';
import { processedEventsMigration } from '@qorgau/messaging';
import { DataSource } from 'typeorm';
import { CaseRecipientEntity } from './entities/case-recipient.entity';
import { DeliveryEntity } from './entities/delivery.entity';
import { NotificationEntity } from './entities/notification.entity';
import { PreferenceEntity } from './entities/preference.entity';
import { UnitWellbeingStaffEntity } from './entities/unit-wellbeing-staff.entity';
import { NotificationsTables1763900000100 } from './migrations/1763900000100-notifications-tables';
import { DeliveryTraceContext1765100000000 } from './migrations/1765100000000-delivery-trace-context';
import { EmailWakeUp1796700000000 } from './migrations/1796700000000-email-wake-up';
import { NOTIFICATIONS_SCHEMA } from './schema';

export const ENTITIES = [
  NotificationEntity,
  DeliveryEntity,
  PreferenceEntity,
  CaseRecipientEntity,
  UnitWellbeingStaffEntity,
];

// processed_events first: it creates the schema too, and its record shares the handler's transaction.
export const MIGRATIONS = [
  processedEventsMigration(NOTIFICATIONS_SCHEMA),
  NotificationsTables1763900000100,
  DeliveryTraceContext1765100000000,
  EmailWakeUp1796700000000,
];

/** The service's DataSource: its own schema, migrations only (never synchronize). */
export const createDataSource = (url: string, poolSize = 10, ssl?: PostgresSsl): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    ...(ssl ? { ssl } : {}),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'notifications_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize },
  });
