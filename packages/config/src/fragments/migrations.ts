import { z } from 'zod';

/**
 * MIGRATE_AT_BOOT  `true` | `false`: whether a service applies its schema migrations when it starts. Default: on
 *                  unless NODE_ENV=production, where a separate step runs them before the rollout (the Helm
 *                  chart's migrate Jobs, `node dist/migrate.js`), so replicas never race on a schema change.
 */
export const migrationEnv = z.object({
  MIGRATE_AT_BOOT: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});

export type MigrationEnv = z.output<typeof migrationEnv>;

export function migrateAtBoot(
  env: MigrationEnv,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): boolean {
  return env.MIGRATE_AT_BOOT === undefined ? nodeEnv !== 'production' : env.MIGRATE_AT_BOOT === 'true';
}
