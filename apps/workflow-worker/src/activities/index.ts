import type { DataSource } from 'typeorm';
import type { CaseActivities, CrossCaseActivities } from '@qorgau/workflows';
import { createNoticeActivities } from './notices';
import { createPenaltiesOfOfficer } from './penalties-of-officer';
import { createRecordTransition } from './record-transition';

export interface ActivityDependencies {
  readonly dataSource: DataSource;
  /** The wall clock of the worker (only for audit columns; decisions take the workflow's time). */
  readonly clock?: () => Date;
}

/** Every activity the workflows call, bound to the cases database. */
export function createActivities(deps: ActivityDependencies): CaseActivities & CrossCaseActivities {
  return {
    recordTransition: createRecordTransition(deps),
    penaltiesOfOfficer: createPenaltiesOfOfficer(deps),
    ...createNoticeActivities(deps),
  };
}
