export * from './ladder';
export * from './procedure';
export * from './circumstances';
export * from './per-person';
