import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { makeProblem, PROBLEM_CONTENT_TYPE } from '@qorgau/contracts';
import { messageTemplate, type DomainError, type ErrorCode } from '@qorgau/domain';
import {
  formatMessage,
  localeOf,
  problemOf,
  ProblemException,
  type Locale,
  type Principal,
} from '@qorgau/service-kit';
import { type Request, type Response } from 'express';
import { CaseWorkflowNotFound, DomainRejection } from '../platform/temporal-client.provider';
import { refusalField } from './refusal-field';

/** The case's current state forbids the step (try again later or never); everything else is bad content. */
const CONFLICTS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'COMMAND_NOT_ALLOWED_IN_STAGE',
  'CASE_ALREADY_REPORTED',
  'CASE_HAS_OPEN_MATTERS',
  'EXPLANATION_ALREADY_RECORDED',
  'EXPLANATIONS_PENDING',
  'APPEAL_ALREADY_PENDING',
  'APPEAL_NOT_PENDING',
  'PENALTY_NOT_ACTIVE',
  'PROTECTION_ACT_EXTENSION_PENDING',
  'PROTECTION_ACT_WINDOW_CLOSED',
  'PROTECTION_ACT_WINDOW_OPEN',
  'TIME_WENT_BACKWARDS',
]);

const TITLES = {
  kk: 'Қадамды ережелер рұқсат етпейді',
  ru: 'Шаг запрещён правилами',
  en: 'The rules do not allow this step',
} as const;

/**
 * A refusal's text in the reader's language: the domain's kk/ru/en message, its `{reason}` key replaced by the
 * reason's own text in that language, formatted as ICU MessageFormat.
 */
export const refusalText = (error: DomainError, locale: Locale): string =>
  formatMessage(messageTemplate(error, locale), error.params, locale);

/** `errors: [{ field, rule: <code>, message }]` when the refusal concerns one field of the request body. */
const fieldOf = (exception: DomainRejection, body: unknown, locale: Locale) => {
  const field = refusalField(body, exception.error.params);
  if (field === undefined) return {};
  return {
    errors: [{ field, rule: exception.error.code, message: refusalText(exception.error, locale) }],
  };
};

export const domainErrorStatus = (code: ErrorCode): 409 | 422 => (CONFLICTS.has(code) ? 409 : 422);

/**
 * A DomainError leaves as problem+json with its stable code, the legal citation and its parameters, in the
 * caller's language. (service-kit's ProblemException has no extension members, hence this filter.)
 */
@Catch(DomainRejection, CaseWorkflowNotFound)
export class DomainRejectionFilter implements ExceptionFilter {
  catch(exception: DomainRejection | CaseWorkflowNotFound, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { user?: Principal }>();
    const response = host.switchToHttp().getResponse<Response>();
    const instance = (request.originalUrl ?? request.url).split('?')[0] ?? '/';
    const locale = localeOf(request);
    const problem =
      exception instanceof DomainRejection
        ? {
            ...makeProblem({
              code: exception.error.code,
              status: domainErrorStatus(exception.error.code),
              title: TITLES[locale],
              detail: refusalText(exception.error, locale),
              instance,
            }),
            citation: exception.error.citation,
            // The reason key (`SESSION_DATE_BEFORE_TODAY`) for clients that decide on it; `detail` says it in words.
            ...(exception.error.params.reason === undefined ? {} : { reason: exception.error.params.reason }),
            params: exception.error.params,
            ...fieldOf(exception, request.body, locale),
          }
        : problemOf(
            new ProblemException({ code: 'CASE_NOT_FOUND', status: 404, detail: 'No such case.' }),
            instance,
            locale,
          );
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
