import type { DataSource } from 'typeorm';
import { CaseEventRecord } from '../entities/case-event-record.entity';
import { CaseRecord } from '../entities/case-record.entity';
import { CASES_SCHEMA } from '../schema';

/** One penalty of an officer as the projection records it. */
export interface OfficerPenalty {
  readonly caseId: string;
  readonly penaltyId: string;
  readonly imposedOn: string;
  readonly expiresOn: string;
}

/** Reads of the case projection and timeline. */
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(caseId: string): Promise<CaseRecord | null> {
    return this.dataSource.getRepository(CaseRecord).findOneBy({ id: caseId });
  }

  /**
   * An officer's penalties recorded in every case except `exceptCaseId` (none cancelled on appeal), from the
   * projection's state: what the lapse of a penalty (art. 57 p.17) depends on across cases.
   */
  async penaltiesOfOfficer(personRef: string, exceptCaseId: string): Promise<OfficerPenalty[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id AS "caseId", p->>'penaltyId' AS "penaltyId", p->>'imposedOn' AS "imposedOn",
              p->>'expiresOn' AS "expiresOn"
         FROM ${CASES_SCHEMA}.case c, jsonb_array_elements(c.state->'penalties') p
        WHERE c.id <> $2 AND p->>'personRef' = $1 AND p->>'status' <> 'cancelled'
        ORDER BY p->>'imposedOn', p->>'penaltyId'`,
      [personRef, exceptCaseId],
    )) as OfficerPenalty[];
    return rows;
  }

  timeline(caseId: string): Promise<CaseEventRecord[]> {
    return this.dataSource.getRepository(CaseEventRecord).find({ where: { caseId }, order: { seq: 'ASC' } });
  }
}
