import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@qorgau/contracts';
import { type Request, type Response } from 'express';
import { type Principal } from '../auth/principal';
import { readerLocale } from '../i18n/locale';
import { problemOf } from './problem-of';

/** The reader's language: `Accept-Language`, then the caller's stored preference (the token's locale claim). */
export const localeOf = (request: Request & { user?: Principal }) =>
  readerLocale(request.headers['accept-language'], request.user?.locale);

/** Global filter: every error leaves as `application/problem+json` with a stable `code`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = problemOf(
      exception,
      (request.originalUrl ?? request.url).split('?')[0] ?? '/',
      localeOf(request),
    );
    if (problem.status >= 500) {
      // The caller sees a generic message; the log keeps the cause, correlated by the request id.
      this.logger.error({ err: exception, code: problem.code }, 'request failed');
    }
    if (response.headersSent) return;
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
