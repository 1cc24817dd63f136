export { bootstrapService, configureApp, type ServiceOptions } from './bootstrap';
export { ServiceKitModule, type ServiceKitOptions } from './service-kit.module';
export { localeOf, ProblemDetailsFilter } from './problem/problem.filter';
export { formatMessage, type MessageParams } from './i18n/icu';
export { readerLocale } from './i18n/locale';
export { ProblemException } from './problem/problem.exception';
export { codeForStatus, problemOf } from './problem/problem-of';
export { AuthGuard } from './auth/auth.guard';
export { CurrentUser, IS_PUBLIC, Public, REQUIRED_ROLES, Roles } from './auth/decorators';
export { authEnv, authOptionsFromEnv, type AuthEnv } from './auth/auth-env';
export { InvalidTokenError, JwtVerifier, type AuthOptions } from './auth/jwt-verifier';
export { DevTokenIssuer, type IssueOptions } from './auth/dev-token-issuer';
export {
  DEV_ALGORITHM,
  DEV_AUDIENCE,
  DEV_ISSUER,
  defaultDevKeysDir,
  devSigningJwk,
  loadOrCreateDevKeys,
  type DevKeys,
} from './auth/dev-keys';
export {
  LOCALES,
  ROLES,
  principalFromClaims,
  type Locale,
  type Principal,
  type Role,
} from './auth/principal';
export {
  currentRequestId,
  REQUEST_ID_HEADER,
  requestIdMiddleware,
  withRequestId,
} from './request-context/request-context';
export { MetricsService } from './metrics/metrics.service';
export {
  databasePing,
  kafkaClusterCheck,
  ReadinessRegistry,
  withTimeout,
  type ReadinessCheck,
} from './health/readiness';
export { openApiPath, recordResponses, type RecordedResponse } from './openapi/response-log';
export { buildOpenApiDocument, OperationId, setupOpenApi, writeOpenApiDocument } from './openapi/openapi';
export { createZodDto, type ZodDto } from 'nestjs-zod';
export { DEVELOPMENT_MODES, isDevelopmentMode } from './security/deployment-mode';
export {
  hardeningOf,
  httpHardeningEnv,
  type HttpHardening,
  type HttpHardeningEnv,
} from './security/hardening-env';
export { applyHttpHardening, httpHardeningFromEnv } from './security/http-hardening';
export { CommandThrottlerGuard } from './security/command-throttler.guard';
export { runMigrateCommand } from './migrate-command';
