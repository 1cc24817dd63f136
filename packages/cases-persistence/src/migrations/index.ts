import { CasesSchema1764000000000 } from './1764000000000-cases-schema';
import { CaseEventCommandId1765000000000 } from './1765000000000-case-event-command-id';

/** In order. Applied by cases-service at boot and by the worker's tests; never `synchronize`. */
export const CASES_MIGRATIONS = [CasesSchema1764000000000, CaseEventCommandId1765000000000];
