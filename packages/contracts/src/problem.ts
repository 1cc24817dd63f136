import { z } from 'zod';

/** RFC 9457 media type for error responses. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Codes every service may answer with, next to the domain's own codes (`@qorgau/domain` ErrorCode).
 * Codes are stable API: clients map them to texts. Never rename one; add new ones.
 */
export const PLATFORM_ERROR_CODES = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type PlatformErrorCode = keyof typeof PLATFORM_ERROR_CODES;

/** A service's codes: the platform's plus its own (usually the domain's ErrorCode). */
export type ErrorCode<TOwn extends string = never> = PlatformErrorCode | TOwn;

export const ERROR_CODE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export const errorCodeSchema = z.string().regex(ERROR_CODE_PATTERN, 'must be UPPER_SNAKE_CASE');

/** One invalid input field: where (`parties.0.personRef`), which rule (`too_small`), and a message. */
export const fieldErrorSchema = z.object({
  field: z.string(),
  rule: z.string().min(1),
  message: z.string(),
});
export type FieldError = z.output<typeof fieldErrorSchema>;

export const problemDetailsSchema = z.object({
  /** A URI naming the problem kind; problemType(code) gives the stable one for a code. */
  type: z.string().min(1),
  title: z.string().min(1),
  status: z.int().min(400).max(599),
  detail: z.string(),
  /** The request path (or a request id) the problem occurred at. */
  instance: z.string(),
  code: errorCodeSchema,
  errors: z.array(fieldErrorSchema).optional(),
  /** A refusal by the rules: the provision it enforces ("Law 380-IV art. 58-1"). */
  citation: z.string().optional(),
  /** A refusal by the rules: the values its text was made from (strings and numbers: a person, a date, a count). */
  params: z.object({}).catchall(z.unknown()).optional(),
  /** A refusal by the rules that has a reason (INVALID_COMMAND and others): the reason's stable key. */
  reason: z.string().optional(),
});

export interface ProblemDetails<TCode extends string = string> extends z.output<typeof problemDetailsSchema> {
  readonly code: TCode;
}

/** A URN rather than a URL: it names the problem kind without promising a page behind it. */
export const problemType = (code: string): string =>
  `urn:qorgau:problem:${code.toLowerCase().replace(/_/g, '-')}`;

export function makeProblem<TCode extends string>(problem: {
  code: TCode;
  status: number;
  title: string;
  detail: string;
  instance: string;
  errors?: FieldError[];
}): ProblemDetails<TCode> {
  return { type: problemType(problem.code), ...problem };
}

/**
 * Field errors from a zod failure, for VALIDATION_FAILED responses (messages never echo the input). An unknown key
 * is named as the field itself (one error per key), so the reader learns which field to drop in any language.
 */
export const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...at, key]) : [at];
    return fields.map((path) => ({ field: path.join('.'), rule: issue.code, message: issue.message }));
  });
