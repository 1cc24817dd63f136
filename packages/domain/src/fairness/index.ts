export * from './parties';
export * from './findings';
export * from './evidence-basis';
export * from './symmetric-sanction';
export * from './consistency';
export * from './recusal';
export * from './restoration';
