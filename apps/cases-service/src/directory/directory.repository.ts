import { Inject, Injectable } from '@nestjs/common';
import { ROLES, type Role } from '@qorgau/service-kit';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import {
  compositionKey,
  type CommissionMember,
  type CompositionRecord,
  type DirectorySnapshot,
  type OfficerRecord,
  type UnitRecord,
} from './directory-model';
import { type ImportPlan } from './directory-plan';

/** Any constant: one directory change at a time, so a plan is applied to the snapshot it was computed on. */
const DIRECTORY_LOCK = 7_300_512;

interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  active: boolean;
}
interface OfficerRow {
  person_ref: string;
  full_name: string;
  unit_id: string;
  roles: string[];
  active: boolean;
}
interface MemberRow {
  unit_id: string;
  effective_from: string;
  person_ref: string | null;
  role: CommissionMember['role'] | null;
}

const toUnit = (r: UnitRow): UnitRecord => ({
  unitId: r.id,
  name: r.name,
  parentUnitId: r.parent_id,
  active: r.active,
});
const toOfficer = (r: OfficerRow): OfficerRecord => ({
  personRef: r.person_ref,
  fullName: r.full_name,
  unitId: r.unit_id,
  roles: r.roles.filter((role): role is Role => ROLES.includes(role as Role)),
  active: r.active,
});
function toCompositions(rows: readonly MemberRow[]): CompositionRecord[] {
  const byKey = new Map<string, CompositionRecord>();
  for (const r of rows) {
    const key = compositionKey(r.unit_id, r.effective_from);
    const c = byKey.get(key) ?? { unitId: r.unit_id, effectiveFrom: r.effective_from, members: [] };
    byKey.set(key, {
      ...c,
      members: r.person_ref && r.role ? [...c.members, { personRef: r.person_ref, role: r.role }] : c.members,
    });
  }
  return [...byKey.values()];
}

const COMPOSITIONS_SQL = `
  SELECT c.unit_id, to_char(c.effective_from, 'YYYY-MM-DD') AS effective_from, m.person_ref, m.role
    FROM cases.commission_composition c
    LEFT JOIN cases.commission_composition_member m
      ON m.unit_id = c.unit_id AND m.effective_from = c.effective_from`;
const ROLE_ORDER = `CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, m.person_ref`;

export interface OfficerFilter {
  readonly unitId?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
  /** Part of a name or a person reference, any case. */
  readonly q?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** The directory's tables: units, officers, dated commission compositions. */
@Injectable()
export class DirectoryRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction holding the directory lock: all of it applies, or nothing. */
  exclusively<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DIRECTORY_LOCK]);
      return work(manager);
    });
  }

  async snapshot(manager: EntityManager = this.dataSource.manager): Promise<DirectorySnapshot> {
    const [units, officers, members] = await Promise.all([
      manager.query('SELECT id, name, parent_id, active FROM cases.org_unit') as Promise<UnitRow[]>,
      manager.query('SELECT person_ref, full_name, unit_id, roles, active FROM cases.officer') as Promise<
        OfficerRow[]
      >,
      manager.query(COMPOSITIONS_SQL) as Promise<MemberRow[]>,
    ]);
    return {
      units: new Map(units.map((r) => [r.id, toUnit(r)])),
      officers: new Map(officers.map((r) => [r.person_ref, toOfficer(r)])),
      compositions: new Map(
        toCompositions(members).map((c) => [compositionKey(c.unitId, c.effectiveFrom), c]),
      ),
    };
  }

  /** Writes a plan computed on the snapshot read in the same transaction (set-based: one statement per table). */
  async write(manager: EntityManager, plan: ImportPlan): Promise<void> {
    const units = plan.units.map((c) => c.after);
    if (units.length > 0)
      await manager.query(
        `INSERT INTO cases.org_unit (id, name, parent_id, active)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[])
         ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, active = EXCLUDED.active`,
        [
          units.map((u) => u.unitId),
          units.map((u) => u.name),
          units.map((u) => u.parentUnitId),
          units.map((u) => u.active),
        ],
      );
    const officers = plan.officers.map((c) => c.after);
    if (officers.length > 0)
      await manager.query(
        `INSERT INTO cases.officer (person_ref, full_name, unit_id, roles, active)
         SELECT p, n, u, string_to_array(r, ';'), a
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[]) AS t(p, n, u, r, a)
         ON CONFLICT (person_ref) DO UPDATE
           SET full_name = EXCLUDED.full_name, unit_id = EXCLUDED.unit_id, roles = EXCLUDED.roles,
               active = EXCLUDED.active`,
        [
          officers.map((o) => o.personRef),
          officers.map((o) => o.fullName),
          officers.map((o) => o.unitId),
          officers.map((o) => o.roles.join(';')),
          officers.map((o) => o.active),
        ],
      );
    for (const { after } of plan.compositions) {
      await manager.query(
        `INSERT INTO cases.commission_composition (unit_id, effective_from) VALUES ($1, $2)
         ON CONFLICT DO NOTHING`,
        [after.unitId, after.effectiveFrom],
      );
      await manager.query(
        'DELETE FROM cases.commission_composition_member WHERE unit_id = $1 AND effective_from = $2',
        [after.unitId, after.effectiveFrom],
      );
      await manager.query(
        `INSERT INTO cases.commission_composition_member (unit_id, effective_from, person_ref, role)
         SELECT $1, $2, * FROM unnest($3::text[], $4::text[])`,
        [
          after.unitId,
          after.effectiveFrom,
          after.members.map((m) => m.personRef),
          after.members.map((m) => m.role),
        ],
      );
    }
  }

  /** The change set's records, in the transaction that applies them (one statement). */
  async logChanges(
    manager: EntityManager,
    changeSet: string,
    at: Date,
    actor: string,
    changes: readonly { recordType: string; key: string; kind: string; before: unknown; after: unknown }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `INSERT INTO cases.directory_change (change_set, seq, at, actor, record_type, record_key, kind, before, after)
       SELECT $1, s, $2, $3, t, k, d, b, a
         FROM unnest($4::int[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[]) AS x(s, t, k, d, b, a)`,
      [
        changeSet,
        at,
        actor,
        changes.map((_, i) => i + 1),
        changes.map((c) => c.recordType),
        changes.map((c) => c.key),
        changes.map((c) => c.kind),
        changes.map((c) => (c.before === null ? null : JSON.stringify(c.before))),
        changes.map((c) => JSON.stringify(c.after)),
      ],
    );
  }

  async units(): Promise<(UnitRecord & { officerCount: number })[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.name, u.parent_id, u.active,
              (SELECT count(*) FROM cases.officer o WHERE o.unit_id = u.id AND o.active)::int AS officer_count
         FROM cases.org_unit u ORDER BY u.name, u.id`,
    )) as (UnitRow & { officer_count: number })[];
    return rows.map((r) => ({ ...toUnit(r), officerCount: r.officer_count }));
  }

  async unit(unitId: string): Promise<UnitRecord | undefined> {
    const [row] = (await this.dataSource.query(
      'SELECT id, name, parent_id, active FROM cases.org_unit WHERE id = $1',
      [unitId],
    )) as UnitRow[];
    return row && toUnit(row);
  }

  async officers(filter: OfficerFilter): Promise<{ total: number; officers: OfficerRecord[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.unitId !== undefined) add('unit_id = ?', filter.unitId);
    if (filter.role !== undefined) add('? = ANY(roles)', filter.role);
    if (filter.active !== undefined) add('active = ?', filter.active);
    if (filter.q !== undefined && filter.q !== '')
      add(
        `(full_name ILIKE ? ESCAPE '\\' OR person_ref ILIKE $${params.length + 1} ESCAPE '\\')`,
        `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM cases.officer ${clause}`,
      params,
    )) as [{ total: number }];
    const rows = (await this.dataSource.query(
      `SELECT person_ref, full_name, unit_id, roles, active FROM cases.officer ${clause}
        ORDER BY full_name, person_ref LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    )) as OfficerRow[];
    return { total, officers: rows.map(toOfficer) };
  }

  async officer(personRef: string): Promise<OfficerRecord | undefined> {
    const [row] = (await this.dataSource.query(
      'SELECT person_ref, full_name, unit_id, roles, active FROM cases.officer WHERE person_ref = $1',
      [personRef],
    )) as OfficerRow[];
    return row && toOfficer(row);
  }

  /** A unit's compositions, the latest first. */
  async compositions(unitId: string): Promise<CompositionRecord[]> {
    const rows = (await this.dataSource.query(
      `${COMPOSITIONS_SQL} WHERE c.unit_id = $1 ORDER BY c.effective_from DESC, ${ROLE_ORDER}`,
      [unitId],
    )) as MemberRow[];
    return toCompositions(rows);
  }

  /** The composition in force on `day` (YYYY-MM-DD): the latest one that took effect on or before it. */
  async compositionOn(unitId: string, day: string): Promise<CompositionRecord | undefined> {
    const rows = (await this.dataSource.query(
      `${COMPOSITIONS_SQL}
        WHERE c.unit_id = $1 AND c.effective_from = (
          SELECT max(effective_from) FROM cases.commission_composition WHERE unit_id = $1 AND effective_from <= $2::date)
        ORDER BY ${ROLE_ORDER}`,
      [unitId, day],
    )) as MemberRow[];
    return toCompositions(rows)[0];
  }
}
