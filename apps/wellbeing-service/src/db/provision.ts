import { Client } from 'pg';
import { WELLBEING_SCHEMA } from './schema';

export interface WellbeingRole {
  /** A lowercase SQL identifier, e.g. `qorgau_wellbeing`. */
  readonly name: string;
  readonly password: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const PASSWORD = /^[A-Za-z0-9_.~-]{8,128}$/;

/**
 * The privileged one-off setup behind the wall, run with an admin URL (never by the service itself):
 * a LOGIN role with no other privileges that owns the `wellbeing` schema and nothing else. It gets no
 * grant on any other schema, so `cases` and `notifications` stay unreadable to it. Idempotent, and safe
 * when two test suites provision at once (roles are cluster-wide).
 */
export async function provisionWellbeingDatabase(adminUrl: string, role: WellbeingRole): Promise<string> {
  if (!IDENTIFIER.test(role.name)) throw new Error('role name must be a lowercase SQL identifier');
  if (!PASSWORD.test(role.password)) throw new Error('role password must be 8-128 of [A-Za-z0-9_.~-]');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const database = client.escapeIdentifier(
      (await client.query<{ db: string }>('SELECT current_database() db')).rows[0]!.db,
    );
    const name = client.escapeIdentifier(role.name);
    const password = client.escapeLiteral(role.password);
    await client.query(`DO $$ BEGIN
        CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await client.query(`ALTER ROLE ${name} PASSWORD ${password}`);
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${name}`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${WELLBEING_SCHEMA} AUTHORIZATION ${name}`);
    await client.query(`ALTER ROLE ${name} IN DATABASE ${database} SET search_path = ${WELLBEING_SCHEMA}`);
    // PUBLIC keeps USAGE on `public` by default; the wall leaves nothing there for this role to use.
    await client.query(`REVOKE ALL ON SCHEMA public FROM ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = role.name;
  url.password = role.password;
  return url.toString();
}
