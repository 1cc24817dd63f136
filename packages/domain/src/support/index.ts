export * from './support-plan';
