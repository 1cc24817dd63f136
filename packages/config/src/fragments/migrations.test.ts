import { loadConfig } from '../load-config';
import { migrateAtBoot, migrationEnv } from './migrations';

describe('MIGRATE_AT_BOOT', () => {
  it('defaults to on outside production and off in production', () => {
    expect(migrateAtBoot({}, 'development')).toBe(true);
    expect(migrateAtBoot({}, 'test')).toBe(true);
    expect(migrateAtBoot({}, undefined)).toBe(true);
    expect(migrateAtBoot({}, 'production')).toBe(false);
  });

  it('an explicit setting wins either way', () => {
    expect(migrateAtBoot({ MIGRATE_AT_BOOT: 'true' }, 'production')).toBe(true);
    expect(migrateAtBoot({ MIGRATE_AT_BOOT: 'false' }, 'development')).toBe(false);
  });

  it('refuses anything but true or false, naming the variable', () => {
    expect(() => loadConfig(migrationEnv, { MIGRATE_AT_BOOT: 'yes' })).toThrow(
      /MIGRATE_AT_BOOT: must be true or false/,
    );
  });
});
