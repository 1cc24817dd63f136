// `node dist/migrate.js`: applies cases-service's pending schema migrations and exits (see runMigrateCommand).
import 'reflect-metadata';
import { runMigrateCommand } from '@qorgau/service-kit';
import { casesServiceDataSource } from './db/data-source';

runMigrateCommand('cases-service', (url, ssl) => casesServiceDataSource(url, 2, ssl));
