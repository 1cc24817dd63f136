import type { DataSource } from 'typeorm';
import { CaseEventRecord } from '../entities/case-event-record.entity';
import { CaseRecord } from '../entities/case-record.entity';

/** Reads of the case projection and timeline. */
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(caseId: string): Promise<CaseRecord | null> {
    return this.dataSource.getRepository(CaseRecord).findOneBy({ id: caseId });
  }

  timeline(caseId: string): Promise<CaseEventRecord[]> {
    return this.dataSource.getRepository(CaseEventRecord).find({ where: { caseId }, order: { seq: 'ASC' } });
  }
}
