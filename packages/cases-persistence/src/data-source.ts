import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CASES_ENTITIES } from './entities';
import { CASES_MIGRATIONS } from './migrations';

export interface CasesDataSourceOptions {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
  /** node-postgres TLS options (postgresSsl of @qorgau/config: verify-full); no TLS when undefined. */
  readonly ssl?: { readonly rejectUnauthorized: boolean; readonly ca?: string };
}

/** A TypeORM DataSource for the cases schema: entities and migrations registered, never `synchronize`. */
export function casesDataSource({
  url,
  poolSize = 10,
  applicationName = 'qorgau-cases',
  ssl,
}: CasesDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    ...(ssl ? { ssl } : {}),
    entities: CASES_ENTITIES,
    migrations: CASES_MIGRATIONS,
    migrationsTableName: 'cases_migrations',
    synchronize: false,
    extra: { max: poolSize, application_name: applicationName },
  });
}
