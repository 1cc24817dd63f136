import { LOCALES, ROLES, type Locale, type Role } from '@qorgau/service-kit';
import { Pool } from 'pg';

/** A person of the directory who may sign in, with what their tokens carry. */
export interface Person {
  readonly personRef: string;
  readonly fullName: string;
  readonly unitId: string;
  readonly roles: readonly Role[];
}

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The cases database's directory (`<schema>.officer`, administered by cases-service's /directory), read on every
 * sign-in and every token: no copy to go stale. Only active officers: a deactivated one is not listed, cannot sign
 * in, and gets no further token (a refresh fails); a role change shows in the next token.
 */
export class Directory {
  private readonly pool: Pool;

  constructor(
    databaseUrl: string,
    private readonly schema: string,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4 });
  }

  async list(): Promise<Person[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT person_ref, full_name, unit_id, roles FROM "${this.schema}".officer WHERE active ORDER BY full_name`,
    );
    return rows.map(toPerson);
  }

  async find(personRef: string): Promise<Person | undefined> {
    const { rows } = await this.pool.query<Row>(
      `SELECT person_ref, full_name, unit_id, roles FROM "${this.schema}".officer WHERE person_ref = $1 AND active`,
      [personRef],
    );
    return rows[0] && toPerson(rows[0]);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

interface Row {
  person_ref: string;
  full_name: string;
  unit_id: string;
  roles: string[];
}

const toPerson = (row: Row): Person => ({
  personRef: row.person_ref,
  fullName: row.full_name,
  unitId: row.unit_id,
  roles: row.roles.filter((role): role is Role => ROLES.includes(role as Role)),
});
