import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
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

export interface ServiceKitOptions {
  /** Shown in logs (`service`) and the OpenAPI title. */
  readonly serviceName: string;
  readonly auth: AuthOptions;
  /** pino level; default `info`. */
  readonly logLevel?: string;
}

/**
 * Import once in the app module: problem+json errors, zod validation, deny-by-default JWT auth, JSON logs
 * with request ids, `/health/live`, `/health/ready`, `/metrics`. Global, so feature modules can inject
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
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: JwtVerifier, useFactory: () => JwtVerifier.create(options.auth) },
        MetricsService,
        ReadinessRegistry,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [JwtVerifier, MetricsService, ReadinessRegistry],
    };
  }
}
