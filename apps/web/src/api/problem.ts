/** One invalid field as the services name it (`items.0.text`), the rule it broke, and the server's message. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** A problem+json answer (RFC 9457) from a service; `code` is stable and is what the app translates. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[] = [],
    /** A domain refusal's rule (`art. 58 p.7; ...`) and its title in the caller's language. */
    readonly citation?: string,
    readonly title?: string,
  ) {
    super(`${status} ${code}`);
  }
}

/** The server could not be reached (offline, DNS, proxy down). */
export class NetworkProblem extends Error {}

export const isRetryable = (error: unknown): boolean =>
  error instanceof NetworkProblem || (error instanceof ApiProblem && error.status >= 500);

export async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Partial<{
    code: string;
    detail: string;
    errors: FieldProblem[];
    citation: string;
    title: string;
  }> = {};
  try {
    body = (await response.clone().json()) as typeof body;
  } catch {
    // A proxy's HTML error page: the status is all there is.
  }
  return new ApiProblem(
    response.status,
    body.code ?? (response.status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${response.status}`),
    body.detail ?? '',
    Array.isArray(body.errors) ? body.errors : [],
    typeof body.citation === 'string' ? body.citation : undefined,
    typeof body.title === 'string' ? body.title : undefined,
  );
}
