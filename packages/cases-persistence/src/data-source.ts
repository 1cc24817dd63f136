import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CASES_ENTITIES } from './entities';
import { CASES_MIGRATIONS } from './migrations';

export interface CasesDataSourceOptions {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** A TypeORM DataSource for the cases schema: entities and migrations registered, never `synchronize`. */
export function casesDataSource({
  url,
  poolSize = 10,
  applicationName = 'qorgau-cases',
}: CasesDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: CASES_ENTITIES,
    migrations: CASES_MIGRATIONS,
    migrationsTableName: 'cases_migrations',
    synchronize: false,
    extra: { max: poolSize, application_name: applicationName },
  });
}
