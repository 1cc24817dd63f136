/** The PostgreSQL schema owned by the cases bounded context (cases-service + workflow-worker). */
export const CASES_SCHEMA = 'cases';
