// `node dist/migrate.js`: applies notifications-service's pending schema migrations and exits (see runMigrateCommand).
import 'reflect-metadata';
import { runMigrateCommand } from '@qorgau/service-kit';
import { createDataSource } from './db/data-source';

runMigrateCommand('notifications-service', (url, ssl) => createDataSource(url, 2, ssl));
