import { CasesSchema1764000000000 } from './1764000000000-cases-schema';

/** In order. Applied by cases-service at boot and by the worker's tests; never `synchronize`. */
export const CASES_MIGRATIONS = [CasesSchema1764000000000];
