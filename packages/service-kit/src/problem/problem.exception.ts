import { type FieldError } from '@qorgau/contracts';

/**
 * An error a handler raises on purpose, with its stable code (`CASE_NOT_FOUND`, `WINDOW_CLOSED`, ...).
 * The problem filter renders it as problem+json; the detail is shown to the caller, so no internals.
 */
export class ProblemException extends Error {
  override readonly name = 'ProblemException';

  constructor(
    readonly problem: {
      readonly code: string;
      readonly status: number;
      readonly title?: string;
      readonly detail: string;
      readonly errors?: FieldError[];
      /** Values for the kk/ru text of the code (DETAILS_WITH_PARAMS), so no language loses the specifics. */
      readonly params?: Readonly<Record<string, string | number>>;
    },
  ) {
    super(problem.detail);
  }
}
