import { Inject, Injectable } from '@nestjs/common';
import { type PinnedEnvironment } from '@qorgau/domain';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

/**
 * Records `environment` (by value, once per version) as the one `caseId` decides with: written with the
 * registration when the service starts the case, and again when it migrates the case to another environment.
 */
export async function pinCaseEnvironment(
  manager: EntityManager,
  caseId: string,
  environment: PinnedEnvironment,
): Promise<void> {
  await manager.query(
    `INSERT INTO cases.decision_environment (version, environment) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING`,
    [environment.version, JSON.stringify(environment)],
  );
  await manager.query('UPDATE cases.case_registration SET environment_version = $2 WHERE case_id = $1', [
    caseId,
    environment.version,
  ]);
}

/** The decision environment each registered case is pinned to (cases.decision_environment). */
@Injectable()
export class CaseEnvironmentRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  pin(caseId: string, environment: PinnedEnvironment): Promise<void> {
    return this.dataSource.transaction((manager) => pinCaseEnvironment(manager, caseId, environment));
  }

  /** Each case's pinned environment; `null` for a registration that has none recorded (registered before). */
  async of(caseIds: readonly string[]): Promise<Map<string, PinnedEnvironment | null>> {
    if (caseIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT r.case_id, e.environment
         FROM cases.case_registration r LEFT JOIN cases.decision_environment e ON e.version = r.environment_version
        WHERE r.case_id = ANY($1::text[])`,
      [caseIds],
    )) as { case_id: string; environment: PinnedEnvironment | null }[];
    return new Map(rows.map((r) => [r.case_id, r.environment]));
  }
}
