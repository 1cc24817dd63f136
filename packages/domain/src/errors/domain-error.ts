import type { ReasonKey } from './reasons';
import { ERROR_CITATIONS, type ErrorCode } from './codes';

/** Values a message names; a `reason` is always a key of REASON_MESSAGES, never free text (kk/ru/en readers). */
export type ErrorParams = Readonly<Record<string, string | number> & { reason?: ReasonKey }>;

/** A rejected command or failed rule check: plain JSON, stable code, the legal citation it enforces. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly citation: string;
  /** Key into the kk/ru/en ICU message table (`ERROR_MESSAGES[code]`), formatted by the services (service-kit). */
  readonly messageKey: ErrorCode;
  readonly params: ErrorParams;
}

export const domainError = (code: ErrorCode, params: ErrorParams = {}): DomainError => ({
  code,
  citation: ERROR_CITATIONS[code],
  messageKey: code,
  params,
});

export const isDomainError = (value: unknown): value is DomainError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DomainError).code === 'string' &&
  (value as DomainError).code in ERROR_CITATIONS;
