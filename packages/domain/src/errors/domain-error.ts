import { ERROR_CITATIONS, type ErrorCode } from './codes';
import { ERROR_MESSAGES, type Language } from './messages';

export type ErrorParams = Readonly<Record<string, string | number>>;

/** A rejected command or failed rule check: plain JSON, stable code, the legal citation it enforces. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly citation: string;
  /** Key into the kk/ru/en message table (`ERROR_MESSAGES[code]`). */
  readonly messageKey: ErrorCode;
  readonly params: ErrorParams;
}

export const domainError = (code: ErrorCode, params: ErrorParams = {}): DomainError => ({
  code,
  citation: ERROR_CITATIONS[code],
  messageKey: code,
  params,
});

/** The officer-facing text of an error in one of the three languages, with its parameters filled in. */
export function renderError(error: DomainError, language: Language): string {
  const template = ERROR_MESSAGES[error.messageKey][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in error.params ? String(error.params[name]) : whole,
  );
}

export const isDomainError = (value: unknown): value is DomainError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DomainError).code === 'string' &&
  (value as DomainError).code in ERROR_CITATIONS;
