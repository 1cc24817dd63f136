import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { UnitWellbeingStaffEntity } from '../db/entities/unit-wellbeing-staff.entity';
import { DATA_SOURCE } from '../platform/tokens';

/** unitId → the wellbeing staff who receive that unit's follow-ups. */
@Injectable()
export class WellbeingStaffRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async staffOf(manager: EntityManager, unitId: string): Promise<string[]> {
    const rows = await manager.find(UnitWellbeingStaffEntity, {
      where: { unitId },
      order: { personRef: 'ASC' },
    });
    return rows.map((r) => r.personRef);
  }

  /** Adds the mapping (idempotent); removing staff is a deliberate act, not a side effect of config. */
  async seed(mapping: Readonly<Record<string, readonly string[]>>): Promise<void> {
    const values = Object.entries(mapping).flatMap(([unitId, refs]) =>
      refs.map((personRef) => ({ unitId, personRef })),
    );
    if (values.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UnitWellbeingStaffEntity)
      .values(values)
      .orIgnore()
      .execute();
  }
}
