// The people's client during a drill: what a browser or an integration would do while a process is down. A
// request that meets a refused or reset connection, a 502/503/504, or (cases-service) 409 REQUEST_IN_PROGRESS
// (a claim of the same Idempotency-Key still leased by a request that died with its process) is sent again with
// the same Idempotency-Key, so a command that did take effect is answered from the stored response instead of
// being applied twice. 500s are retried too but counted apart: a dependency being down should be a 503.
import {
  HttpError,
  QorgauHttp,
  type HttpResponse,
  type RequestOptions,
  type ServiceName,
} from '@qorgau/local-system';

export interface RetryTally {
  /** Requests sent again, by why. */
  readonly retries: Record<string, number>;
  /** 500 answers seen (each retried): a dependency outage that surfaced as an internal error. */
  readonly internalErrors: string[];
}

export const newTally = (): RetryTally => ({ retries: {}, internalErrors: [] });

const RETRY_STATUSES = new Set([502, 503, 504]);

export class RetryingHttp extends QorgauHttp {
  constructor(
    private readonly serviceUrls: Record<ServiceName, string>,
    private readonly tally: RetryTally,
    private readonly budgetMs: number,
    private readonly bearer?: string,
    private readonly language = 'en',
  ) {
    super(serviceUrls, bearer, language);
  }

  override as(token: string, locale = this.language): QorgauHttp {
    return new RetryingHttp(this.serviceUrls, this.tally, this.budgetMs, token, locale);
  }

  override async request<T>(
    method: string,
    service: ServiceName,
    path: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    const deadline = Date.now() + this.budgetMs;
    const what = `${method} ${service} ${path}`;
    for (let attempt = 1; ; attempt++) {
      let why: string;
      try {
        const response = await super.request<T>(method, service, path, body, {
          ...options,
          allowError: true,
        });
        const code = (response.body as { code?: string } | undefined)?.code;
        if (RETRY_STATUSES.has(response.status)) why = String(response.status);
        else if (response.status === 409 && code === 'REQUEST_IN_PROGRESS') why = '409 REQUEST_IN_PROGRESS';
        else if (response.status === 500) {
          why = '500';
          this.tally.internalErrors.push(`${what}: ${JSON.stringify(response.body).slice(0, 200)}`);
        } else {
          // As QorgauHttp: a non-2xx answer throws unless the caller allows it.
          if (response.status >= 400 && !options.allowError) {
            const url = `${this.serviceUrls[service]}${path}`;
            throw new HttpError(method, url, response.status, response.body);
          }
          return response;
        }
      } catch (error) {
        why = connectionError(error);
      }
      this.tally.retries[why] = (this.tally.retries[why] ?? 0) + 1;
      if (Date.now() > deadline) throw new Error(`${what}: still failing (${why}) after ${attempt} attempts`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2000)));
    }
  }
}

/** fetch's "fetch failed" TypeError with the socket error as its cause; by name, since jest runs tests in another realm. */
function connectionError(error: unknown): string {
  if (typeof error !== 'object' || error === null || (error as Error).name !== 'TypeError') throw error;
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? 'fetch failed';
}
