import { CASES_ENTITIES, CASES_MIGRATIONS } from '@qorgau/cases-persistence';
import { processedEventsMigration } from '@qorgau/messaging';
import { type PostgresSsl } from '@qorgau/config';
import { DataSource } from 'typeorm';
import { CasesServiceTables1764100000000 } from './migrations/1764100000000-cases-service-tables';
import { CasesDirectory1764200000000 } from './migrations/1764200000000-directory';
import { IdempotencyLease1764460000000 } from './migrations/1764460000000-idempotency-lease';
import { ProtectionActDraftsFiles1765100000000 } from './migrations/1765100000000-protection-act-drafts-files';
import { TaskClaims1796609486827 } from './migrations/1796609486827-task-claims';
import { AuditChains1796610831126 } from './migrations/1796610831126-audit-chains';
import { OutboxNotify1796611982366 } from './migrations/1796611982366-outbox-notify';
import { DirectoryAdmin1796609662278 } from './migrations/1796609662278-directory-admin';
import { CaseEnvironment1796622787271 } from './migrations/1796622787271-case-environment';

/** The shared schema's migrations, then the service's own; cases-service applies them at boot (it owns the schema). */
export const CASES_SERVICE_MIGRATIONS = [
  ...CASES_MIGRATIONS,
  CasesServiceTables1764100000000,
  CasesDirectory1764200000000,
  // The support consumer's dedupe records (wellbeing check-ins → the support workflow).
  processedEventsMigration('cases', 1764300000000),
  IdempotencyLease1764460000000,
  ProtectionActDraftsFiles1765100000000,
  TaskClaims1796609486827,
  AuditChains1796610831126,
  OutboxNotify1796611982366,
  DirectoryAdmin1796609662278,
  CaseEnvironment1796622787271,
];

/** Same settings as `casesDataSource` (same migrations table), plus the service's own migrations. */
export const casesServiceDataSource = (url: string, poolSize = 10, ssl?: PostgresSsl): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    ...(ssl ? { ssl } : {}),
    entities: CASES_ENTITIES,
    migrations: CASES_SERVICE_MIGRATIONS,
    migrationsTableName: 'cases_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize, application_name: 'qorgau-cases-service' },
  });
