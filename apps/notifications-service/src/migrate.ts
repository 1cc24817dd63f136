// `node dist/migrate.js`: applies notifications-service's pending schema migrations and exits (0 when the schema is current).
// Production runs it as a step before the rollout (the Helm chart's pre-install/pre-upgrade Job) and the service
// itself starts with MIGRATE_AT_BOOT=false. Needs DATABASE_URL (PGPASSWORD may carry the password) and, for TLS,
// DATABASE_SSL_MODE / DATABASE_SSL_CA_FILE as the service.
import 'reflect-metadata';
import { databaseEnv, loadConfig, postgresSsl } from '@qorgau/config';
import { createDataSource } from './db/data-source';

async function main(): Promise<void> {
  const env = loadConfig(
    databaseEnv.pick({ DATABASE_URL: true, DATABASE_SSL_MODE: true, DATABASE_SSL_CA_FILE: true }),
  );
  const dataSource = await createDataSource(env.DATABASE_URL, 2, postgresSsl(env)).initialize();
  try {
    const applied = await dataSource.runMigrations();
    console.log(
      applied.length === 0
        ? 'notifications-service: schema is current, no migration pending'
        : `notifications-service: applied ${applied.map((migration) => migration.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
