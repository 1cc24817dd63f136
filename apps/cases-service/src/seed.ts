// `pnpm seed`: migrates the cases schema, upserts the local directory (units, officers, the unit's commission)
// and prints a dev token (RS256, signed with the local dev key pair) for one person of every role. Idempotent.
// With JWT_ISSUER set (the local run: services verify through the local OpenID provider, which publishes the dev
// key in its JWKS in development mode) the tokens carry that issuer and JWT_AUDIENCE; a production provider does
// not publish the dev key, so there they verify nowhere.
import 'reflect-metadata';
import { postgresSsl } from '@qorgau/config';
import { DEV_AUDIENCE, DevTokenIssuer, loadOrCreateDevKeys, ROLES, type Role } from '@qorgau/service-kit';
import { loadCasesConfig } from './config';
import { casesServiceDataSource } from './db/data-source';
import { SEED_OFFICERS, seedDirectory } from './seed/seed-data';

async function main(): Promise<void> {
  const config = loadCasesConfig();
  const dataSource = await casesServiceDataSource(config.DATABASE_URL, 2, postgresSsl(config)).initialize();
  try {
    await dataSource.runMigrations();
    await seedDirectory(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const keys = await loadOrCreateDevKeys(config.JWT_DEV_KEYS_DIR);
  const issuer = config.JWT_ISSUER
    ? new DevTokenIssuer(keys, config.JWT_ISSUER, config.JWT_AUDIENCE ?? DEV_AUDIENCE)
    : new DevTokenIssuer(keys);
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
