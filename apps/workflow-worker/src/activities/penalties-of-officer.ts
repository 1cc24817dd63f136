import { CaseRepository } from '@qorgau/cases-persistence';
import type { PenaltyTerm } from '@qorgau/domain';
import type { CrossCaseActivities, OfficerPenaltiesInput } from '@qorgau/workflows';
import type { ActivityDependencies } from './dependencies';

/**
 * Reads an officer's penalties in other cases from the cases projection, for the lapse rule of art. 57 p.17
 * (decided in the domain). The workflow records the answer, so a replay decides the same.
 */
export function createPenaltiesOfOfficer({
  dataSource,
}: ActivityDependencies): CrossCaseActivities['penaltiesOfOfficer'] {
  const cases = new CaseRepository(dataSource);
  return async ({ personRef, exceptCaseId }: OfficerPenaltiesInput): Promise<PenaltyTerm[]> =>
    (await cases.penaltiesOfOfficer(personRef, exceptCaseId)).map((p) => ({
      penaltyId: p.penaltyId,
      imposedOn: p.imposedOn,
      expiresOn: p.expiresOn,
    }));
}
