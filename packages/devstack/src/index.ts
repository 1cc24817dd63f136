export { cacheDir, repoRoot } from './paths';
export { freePort, isPortOpen, waitFor } from './ports';
export { createDatabase, startPostgres, type PostgresHandle } from './postgres';
export { startKafka, type KafkaHandle, type KafkaSaslSslOptions, type ScramUser } from './kafka';
export { makeTestCertificates, type TestCertificates } from './certificates';
export {
  startTemporalDevServer,
  temporalCliPath,
  TEMPORAL_CLI_VERSION,
  type TemporalDevServerHandle,
} from './temporal-dev-server';
export { temporalTestServerPath } from './temporal-test-server';
export { timeSkippingEnvironment } from './time-skipping';
export { startStack, type Stack, type StackOptions } from './stack';
export { MissingPrerequisiteError, requireCommand } from './prerequisites';
export { resolveMavenClasspath } from './maven';
export { CLOCK_TICKS_PER_SECOND, procStat, type ProcStat } from './proc-stat';
export { startProcess, type ManagedProcess } from './process';
export { startS3Server, S3PROXY_VERSION, type S3ServerHandle } from './s3-server';
export { postgresClientTools, POSTGRES_MAJOR, type PostgresClientTools } from './postgres-client';
export { jaegerPath, startJaeger, JAEGER_VERSION, type JaegerHandle, type JaegerOptions } from './jaeger';
export { CHROMIUM, launchChromium } from './chromium';
