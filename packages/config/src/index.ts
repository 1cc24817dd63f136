export { loadConfig, type Environment } from './load-config';
export { ConfigError, type ConfigProblem } from './config-error';
export { HOST_PORT, hostPort, port, sqlIdentifier } from './fragments/common';
export { databaseEnv, type DatabaseEnv } from './fragments/database';
export { kafkaEnv, type KafkaEnv } from './fragments/kafka';
export { temporalEnv, type TemporalEnv } from './fragments/temporal';
export { httpEnv, type HttpEnv } from './fragments/http';
export { LOG_LEVELS, logEnv, type LogEnv } from './fragments/log';
export { migrateAtBoot, migrationEnv, type MigrationEnv } from './fragments/migrations';
