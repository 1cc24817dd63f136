import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';

/** One response a test run saw: which service, which operation (as the OpenAPI document names its path), status. */
export interface RecordedResponse {
  readonly service: string;
  readonly method: string;
  /** `/cases/{caseId}/appeals`: Express's `:param` written as OpenAPI's `{param}`. */
  readonly path: string;
  readonly status: number;
}

export const openApiPath = (expressPath: string): string => expressPath.replace(/:(\w+)/g, '{$1}');

/**
 * When `QORGAU_RESPONSE_LOG` names a file (test runs), every response to a routed request is appended to it as a
 * JSON line; tests/api-contract then fails on any (operation, status) the service's OpenAPI document lacks.
 */
export function recordResponses(app: INestApplication, service: string, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.on('finish', () => {
      const route = (req as Request & { route?: { path?: unknown } }).route?.path;
      if (typeof route !== 'string') return; // unrouted (404 of Express itself) or a static file
      const line: RecordedResponse = {
        service,
        method: req.method.toLowerCase(),
        path: openApiPath(`${req.baseUrl}${route}`),
        status: res.statusCode,
      };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    });
    next();
  });
}
