import { Inject, Injectable } from '@nestjs/common';
import { CaseRepository, type CaseEventRecord, type CaseRecord } from '@qorgau/cases-persistence';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

export interface CaseRegistration {
  readonly caseId: string;
  readonly unitId: string;
  readonly registeredBy: string;
}

/** The case projection (written by the worker) and the service's registration of each case. */
@Injectable()
export class CaseScopeRepository {
  private readonly cases: CaseRepository;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.cases = new CaseRepository(dataSource);
  }

  async register(registration: CaseRegistration, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO cases.case_registration (case_id, unit_id, registered_by, registered_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING`,
      [registration.caseId, registration.unitId, registration.registeredBy, at],
    );
  }

  async find(caseId: string): Promise<{ record: CaseRecord; unitId: string } | undefined> {
    const [registration] = (await this.dataSource.query(
      'SELECT unit_id FROM cases.case_registration WHERE case_id = $1',
      [caseId],
    )) as { unit_id: string }[];
    if (!registration) return undefined;
    const record = await this.cases.findById(caseId);
    return record ? { record, unitId: registration.unit_id } : undefined;
  }

  timeline(caseId: string): Promise<CaseEventRecord[]> {
    return this.cases.timeline(caseId);
  }
}
