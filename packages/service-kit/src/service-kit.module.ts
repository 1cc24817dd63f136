import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuthGuard } from './auth/auth.guard';
import { JwtVerifier, type AuthOptions } from './auth/jwt-verifier';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness';
import { loggerParams } from './logging/logger-options';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { ProblemDetailsFilter } from './problem/problem.filter';
import { CommandThrottlerGuard } from './security/command-throttler.guard';
import { type HttpHardening } from './security/hardening-env';
import { httpHardeningFromEnv } from './security/http-hardening';

export interface ServiceKitOptions {
  /** Shown in logs (`service`) and the OpenAPI title. */
  readonly serviceName: string;
  readonly auth: AuthOptions;
  /** pino level; default `info`. */
  readonly logLevel?: string;
  /** Rate limit and the rest of the HTTP hardening; default: from the environment (CORS_ORIGINS, ...). */
  readonly hardening?: HttpHardening;
}

/**
 * Import once in the app module: problem+json errors, zod validation, deny-by-default JWT auth, JSON logs
 * with request ids, `/health/live`, `/health/ready`, `/metrics`, a per-person rate limit on commands. Global, so feature modules can inject
 * MetricsService, ReadinessRegistry and JwtVerifier without importing it.
 */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [
        LoggerModule.forRoot(loggerParams(options.serviceName, options.logLevel ?? 'info')),
        TerminusModule.forRoot({ logger: false }),
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'default',
              ttl: 60_000,
              limit: (options.hardening ?? httpHardeningFromEnv()).commandsPerMinute,
            },
          ],
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: JwtVerifier, useFactory: () => JwtVerifier.create(options.auth) },
        MetricsService,
        ReadinessRegistry,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        // In this order: the throttler keys its buckets by the principal AuthGuard sets.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CommandThrottlerGuard },
      ],
      exports: [JwtVerifier, MetricsService, ReadinessRegistry],
    };
  }
}
