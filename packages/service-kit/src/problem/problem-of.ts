import { HttpException } from '@nestjs/common';
import {
  fieldErrors,
  makeProblem,
  PLATFORM_ERROR_CODES,
  type FieldError,
  type ProblemDetails,
} from '@qorgau/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { type Locale } from '../auth/principal';
import { formatMessage } from '../i18n/icu';
import { ProblemException } from './problem.exception';
import { isDependencyUnreachable } from './unreachable';
import {
  DETAILS_WITH_PARAMS,
  PLATFORM_DETAILS,
  RULE_MESSAGES,
  titleFor,
  VALIDATION_TEXTS,
} from './problem-texts';

/** A platform code's text in the reader's language; English (and codes without a translation) keep `detail`. */
const localized = (
  code: string,
  detail: string,
  locale: Locale,
  params?: Readonly<Record<string, string | number>>,
): string => {
  if (locale === 'en') return detail;
  const specific = DETAILS_WITH_PARAMS[code]?.[locale];
  if (params && specific) return formatMessage(specific, params, locale);
  return PLATFORM_DETAILS[code]?.[locale] ?? detail;
};

/** Field errors in the reader's language: the rule's meaning, or (English) the schema's own message. */
const localizedErrors = (errors: FieldError[], locale: Locale): FieldError[] =>
  locale === 'en'
    ? errors
    : errors.map((e) => ({ ...e, message: RULE_MESSAGES[e.rule]?.[locale] ?? e.message }));

const CODE_BY_STATUS = new Map<number, string>(
  Object.entries(PLATFORM_ERROR_CODES).map(([code, status]) => [status, code]),
);

/** The platform code for an HTTP status; statuses without one fall back to the generic 4xx/5xx code. */
export const codeForStatus = (status: number): string =>
  CODE_BY_STATUS.get(status) ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');

/**
 * Turns anything thrown while handling a request into RFC 9457 problem details, titled and explained in the
 * reader's language. Only what is meant for the caller leaves: HttpException/ProblemException messages and zod
 * field errors; a dependency that could not be reached is a 503 (retry); anything else becomes a bare 500.
 */
export function problemOf(exception: unknown, instance: string, locale: Locale = 'en'): ProblemDetails {
  if (exception instanceof ProblemException) {
    const { code, status, title, detail, errors, params } = exception.problem;
    return makeProblem({
      code,
      status,
      title: locale === 'en' && title !== undefined ? title : titleFor(status, locale),
      detail: localized(code, detail, locale, params),
      instance,
      errors: errors && localizedErrors(errors, locale),
    });
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    const errors = zodError instanceof ZodError ? fieldErrors(zodError) : [];
    const fields = errors.map((e) => `${e.field || '(body)'} (${e.rule})`).join(', ');
    return makeProblem({
      code: 'VALIDATION_FAILED',
      status: 400,
      title: VALIDATION_TEXTS.title[locale],
      detail: formatMessage(VALIDATION_TEXTS.detail[locale], { count: errors.length, fields }, locale),
      instance,
      errors: localizedErrors(errors, locale),
    });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return makeProblem({
      code: codeForStatus(status),
      status,
      title: titleFor(status, locale),
      detail: localized(
        codeForStatus(status),
        status >= 500 ? 'The service could not handle the request.' : httpDetail(exception),
        locale,
      ),
      instance,
    });
  }
  const clientStatus = clientErrorStatus(exception);
  if (clientStatus !== undefined) {
    // body-parser's errors (bad JSON, too large, wrong charset) carry a 4xx status and a safe message.
    return makeProblem({
      code: clientStatus === 400 ? 'VALIDATION_FAILED' : codeForStatus(clientStatus),
      status: clientStatus,
      title: titleFor(clientStatus, locale),
      detail: clientStatus === 400 ? VALIDATION_TEXTS.badJson[locale] : titleFor(clientStatus, locale),
      instance,
    });
  }
  if (isDependencyUnreachable(exception)) {
    return makeProblem({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
      title: titleFor(503, locale),
      detail: localized(
        'SERVICE_UNAVAILABLE',
        'The service is temporarily unavailable. Retry shortly.',
        locale,
      ),
      instance,
    });
  }
  return makeProblem({
    code: 'INTERNAL_ERROR',
    status: 500,
    title: titleFor(500, locale),
    detail: localized(
      'INTERNAL_ERROR',
      'An unexpected error occurred. Quote the x-request-id header when reporting it.',
      locale,
    ),
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
