export * from './clock';
export * from './pausable';
export * from './absences';
export * from './blackout';
export * from './investigation';
export * from './limitation';
export * from './procedural';
export * from './penalty-term';
