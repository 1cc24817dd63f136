export * from './membership';
export * from './quorum';
export * from './notice';
export * from './participation';
export * from './vote';
export * from './session';
