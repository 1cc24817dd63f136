// `node dist/migrate.js`: applies wellbeing-service's pending schema migrations and exits (see runMigrateCommand).
import 'reflect-metadata';
import { runMigrateCommand } from '@qorgau/service-kit';
import { wellbeingDataSource } from './db/data-source';

runMigrateCommand('wellbeing-service', (url, ssl) => wellbeingDataSource(url, ssl));
