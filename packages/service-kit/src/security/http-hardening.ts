import { NotFoundException, type INestApplication } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type Environment } from '@qorgau/config';
import { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { PROBLEM_CONTENT_TYPE } from '@qorgau/contracts';
import { problemOf } from '../problem/problem-of';
import { REQUEST_ID_HEADER } from '../request-context/request-context';
import { hardeningOf, httpHardeningEnv, type HttpHardening } from './hardening-env';

/**
 * The hardening settings from the environment (HTTP_BODY_LIMIT, CORS_ORIGINS, ...; the rate limit's default
 * depends on NODE_ENV); a bad one stops the boot.
 */
export function httpHardeningFromEnv(env: Environment = process.env): HttpHardening {
  return hardeningOf(loadConfig(httpHardeningEnv, env), env.NODE_ENV);
}

/**
 * Security headers (helmet; the CSP still lets /docs, Swagger UI, load its own scripts and styles), body size
 * limits, CORS for the configured origins only, and /metrics kept off the API port when it has a port of its own.
 */
export function applyHttpHardening(app: INestApplication, hardening: HttpHardening): void {
  const express = app as NestExpressApplication;
  express.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  // Replaces Nest's default parsers (100 kb, unset in config): larger bodies get 413 before any handler runs.
  express.useBodyParser('json', { limit: hardening.bodyLimit });
  express.useBodyParser('urlencoded', { limit: hardening.bodyLimit, extended: false });
  if (hardening.corsOrigins.length > 0) {
    express.enableCors({
      origin: [...hardening.corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'etag', 'location', 'retry-after'],
      maxAge: 600,
    });
  }
  if (hardening.metricsPort !== undefined) {
    express.use('/metrics', (request: Request, response: Response, _next: NextFunction) => {
      const problem = problemOf(
        new NotFoundException('Metrics are served on the metrics port'),
        request.originalUrl,
      );
      response.status(404).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
    });
  }
}
