export * from './state';
export * from './commands';
export * from './events';
export {
  CURRENT_RULE_REVISION,
  DEFAULT_ENVIRONMENT,
  rulesSince,
  type Decision,
  type DecisionContext,
  type DecisionEnvironment,
} from './context';
export * from './decide';
export * from './evolve';
export * from './queries';
export * from './overdue';
export { limitationInputFor } from './aftermath';
export * from './tracks';
export * from './conclusion-readiness';
