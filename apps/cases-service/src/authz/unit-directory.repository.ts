import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import { type HigherOfficial } from './appeal-addressee';

/** The organisation's directory (cases.org_unit, cases.officer): the units above a unit and their higher officials. */
@Injectable()
export class UnitDirectoryRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The ancestors of `unitId`, nearest first (empty when the unit is unknown or at the top). */
  async unitsAbove(unitId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM cases.org_unit WHERE id = $1
         UNION ALL
         SELECT u.id, u.parent_id, up.depth + 1 FROM cases.org_unit u JOIN up ON u.id = up.parent_id
          WHERE up.depth < 64
       )
       SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
      [unitId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async higherOfficialsIn(unitIds: readonly string[]): Promise<HigherOfficial[]> {
    if (unitIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT person_ref, unit_id FROM cases.officer
        WHERE unit_id = ANY($1::text[]) AND 'higher-official' = ANY(roles)
        ORDER BY person_ref`,
      [unitIds],
    )) as { person_ref: string; unit_id: string }[];
    return rows.map((r) => ({ personRef: r.person_ref, unitId: r.unit_id }));
  }
}
