import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { httpRouteSpanNames } from '@qorgau/tracing';
import { Logger } from 'nestjs-pino';
import { answerMalformedRequests } from './http/malformed-request';
import { MetricsService } from './metrics/metrics.service';
import { setupOpenApi } from './openapi/openapi';
import { recordResponses } from './openapi/response-log';
import { requestIdMiddleware } from './request-context/request-context';
import { type HttpHardening } from './security/hardening-env';
import { applyHttpHardening, httpHardeningFromEnv } from './security/http-hardening';

export interface ServiceOptions {
  readonly title: string;
  readonly version?: string;
  readonly port: number;
  readonly host?: string;
  /** Headers, body limits, CORS, metrics port; default: from the environment (CORS_ORIGINS, ...). */
  readonly hardening?: HttpHardening;
}

/**
 * What every app gets regardless of how it was created (NestFactory or a test module): request ids first,
 * the HTTP hardening (security headers, body limits, CORS), pino as Nest's logger, problem+json for requests
 * Node cannot parse, OpenAPI, and shutdown hooks so SIGTERM drains consumers and closes pools.
 */
export function configureApp(
  app: INestApplication,
  options: Pick<ServiceOptions, 'title' | 'version' | 'hardening'>,
): void {
  app.use(requestIdMiddleware);
  app.use(httpRouteSpanNames());
  applyHttpHardening(app, options.hardening ?? httpHardeningFromEnv());
  const responseLog = process.env.QORGAU_RESPONSE_LOG;
  if (responseLog) recordResponses(app, options.title, responseLog);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerMalformedRequests(app.getHttpServer());
  setupOpenApi(app, options.title, options.version);
}

/** Creates, configures and starts a service (and its metrics listener when METRICS_PORT is set). */
export async function bootstrapService(
  module: Type<unknown> | DynamicModule,
  options: ServiceOptions,
): Promise<INestApplication> {
  const hardening = options.hardening ?? httpHardeningFromEnv();
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureApp(app, { ...options, hardening });
  const host = options.host ?? '127.0.0.1';
  if (hardening.metricsPort !== undefined) await app.get(MetricsService).listen(hardening.metricsPort, host);
  await app.listen(options.port, host);
  return app;
}
