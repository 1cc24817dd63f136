import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { answerMalformedRequests } from './http/malformed-request';
import { setupOpenApi } from './openapi/openapi';
import { recordResponses } from './openapi/response-log';
import { requestIdMiddleware } from './request-context/request-context';

export interface ServiceOptions {
  readonly title: string;
  readonly version?: string;
  readonly port: number;
  readonly host?: string;
}

/**
 * What every app gets regardless of how it was created (NestFactory or a test module): request ids first,
 * pino as Nest's logger, problem+json for requests Node cannot parse, OpenAPI, and shutdown hooks so SIGTERM drains consumers and closes pools.
 */
export function configureApp(
  app: INestApplication,
  options: Pick<ServiceOptions, 'title' | 'version'>,
): void {
  app.use(requestIdMiddleware);
  const responseLog = process.env.QORGAU_RESPONSE_LOG;
  if (responseLog) recordResponses(app, options.title, responseLog);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerMalformedRequests(app.getHttpServer());
  setupOpenApi(app, options.title, options.version);
}

/** Creates, configures and starts a service. */
export async function bootstrapService(
  module: Type<unknown> | DynamicModule,
  options: ServiceOptions,
): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureApp(app, options);
  await app.listen(options.port, options.host ?? '127.0.0.1');
  return app;
}
