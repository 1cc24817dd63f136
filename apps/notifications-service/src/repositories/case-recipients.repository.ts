import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { CaseRecipientEntity } from '../db/entities/case-recipient.entity';
import { type CaseRecipient, type CaseRole } from '../routing/case-roles';
import { type ProjectionChange } from '../routing/project-case-event';

/** The per-case recipients projection; written in the consumer's transaction. */
@Injectable()
export class CaseRecipientsRepository {
  async forCase(manager: EntityManager, caseId: string): Promise<CaseRecipient[]> {
    const rows = await manager.find(CaseRecipientEntity, { where: { caseId } });
    return rows.map((r) => ({ personRef: r.personRef, role: r.role as CaseRole, ref: r.ref }));
  }

  async apply(manager: EntityManager, caseId: string, change: ProjectionChange): Promise<void> {
    for (const role of change.replaceRoles) await manager.delete(CaseRecipientEntity, { caseId, role });
    if (change.add.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseRecipientEntity)
      .values(change.add.map((r) => ({ caseId, role: r.role, personRef: r.personRef, ref: r.ref })))
      .orIgnore()
      .execute();
  }
}
