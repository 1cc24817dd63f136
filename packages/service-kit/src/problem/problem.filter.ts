import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@qorgau/contracts';
import { type Request, type Response } from 'express';
import { problemOf } from './problem-of';

/** Global filter: every error leaves as `application/problem+json` with a stable `code`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = problemOf(exception, (request.originalUrl ?? request.url).split('?')[0] ?? '/');
    if (problem.status >= 500) {
      // The caller sees a generic message; the log keeps the cause, correlated by the request id.
      this.logger.error({ err: exception, code: problem.code }, 'request failed');
    }
    if (response.headersSent) return;
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
