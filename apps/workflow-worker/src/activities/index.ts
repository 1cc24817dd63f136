import type { CaseActivities, CrossCaseActivities } from '@qorgau/workflows';
import type { ActivityDependencies } from './dependencies';
import { createNoticeActivities } from './notices';
import { createPenaltiesOfOfficer } from './penalties-of-officer';
import { createRecordTransition } from './record-transition';

export type { ActivityDependencies } from './dependencies';

/** Every activity the workflows call, bound to the cases database. */
export function createActivities(deps: ActivityDependencies): CaseActivities & CrossCaseActivities {
  return {
    recordTransition: createRecordTransition(deps),
    penaltiesOfOfficer: createPenaltiesOfOfficer(deps),
    ...createNoticeActivities(deps),
  };
}
