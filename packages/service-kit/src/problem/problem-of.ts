import { HttpException } from '@nestjs/common';
import { fieldErrors, makeProblem, PLATFORM_ERROR_CODES, type ProblemDetails } from '@qorgau/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { ProblemException } from './problem.exception';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const CODE_BY_STATUS = new Map<number, string>(
  Object.entries(PLATFORM_ERROR_CODES).map(([code, status]) => [status, code]),
);

/** The platform code for an HTTP status; statuses without one fall back to the generic 4xx/5xx code. */
export const codeForStatus = (status: number): string =>
  CODE_BY_STATUS.get(status) ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');

const titleFor = (status: number): string =>
  TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');

/**
 * Turns anything thrown while handling a request into RFC 9457 problem details. Only what is meant for the
 * caller leaves: HttpException/ProblemException messages and zod field errors; anything else becomes a bare 500.
 */
export function problemOf(exception: unknown, instance: string): ProblemDetails {
  if (exception instanceof ProblemException) {
    const { code, status, title, detail, errors } = exception.problem;
    return makeProblem({ code, status, title: title ?? titleFor(status), detail, instance, errors });
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    const errors = zodError instanceof ZodError ? fieldErrors(zodError) : [];
    return makeProblem({
      code: 'VALIDATION_FAILED',
      status: 400,
      title: 'Invalid input',
      detail: `The request is invalid: ${errors.map((e) => `${e.field || '(body)'} (${e.rule})`).join(', ')}`,
      instance,
      errors,
    });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return makeProblem({
      code: codeForStatus(status),
      status,
      title: titleFor(status),
      detail: status >= 500 ? 'The service could not handle the request.' : httpDetail(exception),
      instance,
    });
  }
  const clientStatus = clientErrorStatus(exception);
  if (clientStatus !== undefined) {
    // body-parser's errors (bad JSON, too large, wrong charset) carry a 4xx status and a safe message.
    return makeProblem({
      code: clientStatus === 400 ? 'VALIDATION_FAILED' : codeForStatus(clientStatus),
      status: clientStatus,
      title: titleFor(clientStatus),
      detail: clientStatus === 400 ? 'The request body is not valid JSON.' : titleFor(clientStatus),
      instance,
    });
  }
  return makeProblem({
    code: 'INTERNAL_ERROR',
    status: 500,
    title: titleFor(500),
    detail: 'An unexpected error occurred. Quote the x-request-id header when reporting it.',
    instance,
  });
}

function httpDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}

function clientErrorStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : undefined;
}
