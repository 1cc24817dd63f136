import { type PostgresSsl } from '@qorgau/config';
import { DataSource } from 'typeorm';
import { WELLBEING_ENTITIES } from './entities';
import { WELLBEING_MIGRATIONS } from './migrations';
import { WELLBEING_SCHEMA } from './schema';

/** The service's connection, with its own role (see provision.ts). Migrations live in the wellbeing schema too. */
export const wellbeingDataSource = (url: string, ssl?: PostgresSsl): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    ...(ssl ? { ssl } : {}),
    schema: WELLBEING_SCHEMA,
    entities: WELLBEING_ENTITIES,
    migrations: WELLBEING_MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // The role may not create extensions; ids are generated in the service.
    installExtensions: false,
    extra: { max: 10 },
  });
