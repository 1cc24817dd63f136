import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase } from '@qorgau/devstack';
import { ROLES } from '@qorgau/service-kit';
import { casesServiceDataSource } from '../src/db/data-source';

const run = promisify(execFile);

/** `pnpm seed` twice against a fresh database: the same directory both times, a token for every role. */
describe('seed', () => {
  it('migrates, upserts units, officers and a five-member commission idempotently, and prints a token per role', async () => {
    const url = await createDatabase(process.env.DATABASE_URL!, 'cases_seed');
    const env = {
      ...process.env,
      DATABASE_URL: url,
      JWT_DEV_KEYS_DIR: mkdtempSync(join(tmpdir(), 'seed-keys-')),
    };
    const seed = async () => {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '..', 'src', 'seed.ts')],
        {
          env,
        },
      );
      return JSON.parse(stdout) as {
        seeded: number;
        tokens: Record<string, { personRef: string; token: string }>;
      };
    };
    const first = await seed();
    const second = await seed();
    expect(Object.keys(second.tokens).sort()).toEqual([...ROLES].sort());
    for (const { token } of Object.values(second.tokens)) expect(token.split('.')).toHaveLength(3);
    expect(second.seeded).toBe(first.seeded);

    const db = await casesServiceDataSource(url, 1).initialize();
    try {
      const [counts] = (await db.query(
        `SELECT (SELECT count(*) FROM cases.org_unit)::int AS units,
                (SELECT count(*) FROM cases.officer)::int AS officers,
                (SELECT count(*) FROM cases.commission_member)::int AS members,
                (SELECT count(*) FROM cases.commission_member WHERE role = 'chair')::int AS chairs,
                (SELECT count(*) FROM cases.commission_member WHERE role = 'secretary')::int AS secretaries`,
      )) as { units: number; officers: number; members: number; chairs: number; secretaries: number }[];
      expect(counts).toEqual({ units: 2, officers: first.seeded, members: 5, chairs: 1, secretaries: 1 });
    } finally {
      await db.destroy();
    }
  });
});
