import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { makeProblem, PROBLEM_CONTENT_TYPE } from '@qorgau/contracts';
import { LOCALES, type Locale, type Principal } from '@qorgau/service-kit';
import { type Request, type Response } from 'express';
import { type DirectoryIssue } from './directory-model';
import { issueMessage, REJECTED_TITLE, rejectedDetail } from './directory-messages';

/** Column names of the CSV format → the JSON body's fields (for the same rows sent as JSON). */
const JSON_FIELDS: Record<string, string> = {
  unit_id: 'unitId',
  name: 'name',
  parent_unit_id: 'parentUnitId',
  active: 'active',
  person_ref: 'personRef',
  full_name: 'fullName',
  roles: 'roles',
  effective_from: 'effectiveFrom',
  commission_role: 'members',
};

/** A directory change refused as a whole: every issue found, nothing applied. */
export class DirectoryRejected extends Error {
  override readonly name = 'DirectoryRejected';
  constructor(
    readonly issues: readonly DirectoryIssue[],
    /** `csv`: issues name a file's line and column; `json`: the body's field. */
    readonly source: 'csv' | 'json',
  ) {
    super('directory change rejected');
  }
}

/** The reader's language: Accept-Language when it names one of ours, else the token's. */
function localeOf(request: Request & { user?: Principal }): Locale {
  const asked = (request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
    .find((tag): tag is Locale => LOCALES.includes(tag as Locale));
  return asked ?? request.user?.locale ?? 'ru';
}

/** 422 problem+json listing each issue with its file, line and column, in kk/ru/en. */
@Catch(DirectoryRejected)
export class DirectoryRejectionFilter implements ExceptionFilter {
  catch(exception: DirectoryRejected, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { user?: Principal }>();
    const response = host.switchToHttp().getResponse<Response>();
    const locale = localeOf(request);
    const json = exception.source === 'json';
    const shown = exception.issues.slice(0, 500);
    const problem = {
      ...makeProblem({
        code: 'DIRECTORY_CHANGE_INVALID',
        status: 422,
        title: REJECTED_TITLE[locale],
        detail: rejectedDetail(exception.issues.length, locale),
        instance: (request.originalUrl ?? request.url).split('?')[0] ?? '/',
        errors: shown.map((issue) => ({
          field: json
            ? (JSON_FIELDS[issue.column ?? ''] ?? issue.column ?? '')
            : `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`,
          rule: issue.rule,
          message: issueMessage(json ? { ...issue, line: 0 } : issue, locale),
          ...(json ? {} : { file: issue.file, line: issue.line, column: issue.column }),
        })),
      }),
      issueCount: exception.issues.length,
    };
    response.status(422).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
