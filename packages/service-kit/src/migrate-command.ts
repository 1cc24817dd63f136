import { databaseEnv, loadConfig, postgresSsl } from '@qorgau/config';

/** What the migrate command needs of a TypeORM DataSource (structural, so service-kit does not depend on TypeORM). */
interface MigratableDataSource {
  initialize(): Promise<MigratableDataSource>;
  runMigrations(): Promise<readonly { name: string }[]>;
  destroy(): Promise<void>;
}

/**
 * `node dist/migrate.js` of a service: applies its pending schema migrations and exits (0 when the schema is
 * current, 1 with the error otherwise). Production runs it before the rollout (the Helm chart's pre-install /
 * pre-upgrade Job) and starts the service with MIGRATE_AT_BOOT=false. Reads DATABASE_URL (PGPASSWORD may carry the
 * password) and, for TLS, DATABASE_SSL_MODE / DATABASE_SSL_CA_FILE, as the service does.
 */
export function runMigrateCommand(
  service: string,
  dataSourceFor: (url: string, ssl: ReturnType<typeof postgresSsl>) => MigratableDataSource,
): void {
  const migrate = async (): Promise<void> => {
    const env = loadConfig(
      databaseEnv.pick({ DATABASE_URL: true, DATABASE_SSL_MODE: true, DATABASE_SSL_CA_FILE: true }),
    );
    const dataSource = await dataSourceFor(env.DATABASE_URL, postgresSsl(env)).initialize();
    try {
      const applied = await dataSource.runMigrations();
      console.log(
        applied.length === 0
          ? `${service}: schema is current, no migration pending`
          : `${service}: applied ${applied.map((migration) => migration.name).join(', ')}`,
      );
    } finally {
      await dataSource.destroy();
    }
  };
  migrate().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
