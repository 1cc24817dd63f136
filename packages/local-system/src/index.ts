export {
  startSystem,
  type RunningSystem,
  type SeedOutput,
  type SeedPerson,
  type SystemOptions,
} from './system';
export { createServiceDatabases, createTopics, databaseUrl, startSmtpCapture } from './infrastructure';
export {
  eventually,
  HttpError,
  QorgauHttp,
  type HttpResponse,
  type RequestOptions,
  type ServiceName,
} from './http-client';
