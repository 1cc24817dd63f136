export * from './codes';
export * from './domain-error';
export * from './messages';
export * from './reasons';
export * from './message-template';
