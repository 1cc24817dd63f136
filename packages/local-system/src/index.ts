export {
  startSystem,
  type InfrastructureProcess,
  type RestartableProcess,
  type RunningSystem,
  type SeedOutput,
  type SeedPerson,
  type SystemOptions,
} from './system';
export { signIn, type SignedIn, type SignInOptions } from './oidc-sign-in';
export { createServiceDatabases, createTopics, databaseUrl, startSmtpCapture } from './infrastructure';
export {
  eventually,
  HttpError,
  QorgauHttp,
  type HttpResponse,
  type RequestOptions,
  type ServiceName,
} from './http-client';
export {
  playSeedCase,
  SeedCaseFailure,
  type InboxItem,
  type Problem,
  type SeedCaseOptions,
  type SeedCasePhase,
  type SeedCaseResult,
  type SeedCaseStep,
  type SeedCaseStepKind,
  type WellbeingTask,
} from './scenarios/seed-case';
export { CaseTimeEstimate, kazakhstanDate, kazakhstanMinute } from './scenarios/case-time';
export { seedReport } from './scenarios/seed-case-data';
