// `pnpm seed`: migrates the cases schema, upserts the local directory (units, officers, the unit's commission)
// and prints a dev token (RS256, the local dev issuer) for one person of every role. Idempotent.
import 'reflect-metadata';
import { DevTokenIssuer, ROLES, type Role } from '@qorgau/service-kit';
import { loadCasesConfig } from './config';
import { casesServiceDataSource } from './db/data-source';
import { SEED_OFFICERS, seedDirectory } from './seed/seed-data';

async function main(): Promise<void> {
  const config = loadCasesConfig();
  if (config.JWT_ISSUER)
    throw new Error('seed prints dev tokens: unset JWT_ISSUER (OIDC) to use the dev issuer');
  const dataSource = await casesServiceDataSource(config.DATABASE_URL, 2).initialize();
  try {
    await dataSource.runMigrations();
    await seedDirectory(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const issuer = await DevTokenIssuer.create(config.JWT_DEV_KEYS_DIR);
  const issue = (personRef: string, roles: Role[], unitId: string) =>
    issuer.issue({ personRef, roles, unitId, locale: 'ru' }, { expiresInSeconds: 12 * 3600 });
  // One token per role (the first seed person holding it), and one per seed person (demo and e2e scenarios).
  const tokens: Record<string, { personRef: string; token: string }> = {};
  for (const role of ROLES) {
    const officer = SEED_OFFICERS.find((o) => o.roles.includes(role))!;
    tokens[role] = {
      personRef: officer.personRef,
      token: await issue(officer.personRef, [role], officer.unitId),
    };
  }
  const people: Record<string, { personRef: string; roles: Role[]; unitId: string; token: string }> = {};
  for (const officer of SEED_OFFICERS) {
    const roles = [...officer.roles];
    people[officer.personRef] = {
      ...officer,
      roles,
      token: await issue(officer.personRef, roles, officer.unitId),
    };
  }
  process.stdout.write(`${JSON.stringify({ seeded: SEED_OFFICERS.length, tokens, people }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
