// A thin client of Qorgau's public HTTP APIs, as one person (bearer token) at a time: what the demo and the
// end-to-end tests use instead of reaching into a service.
import { randomUUID } from 'node:crypto';

export type ServiceName = 'cases' | 'notifications' | 'wellbeing';

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  etag?: string;
}

export class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${url} → ${status}: ${JSON.stringify(body)}`);
  }
}

export interface RequestOptions {
  /** Optimistic concurrency: the case version the caller saw (If-Match). */
  ifMatch?: string;
  /** Idempotency-Key; a fresh one by default so retries of one call are explicit. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Resolve with non-2xx responses instead of throwing. */
  allowError?: boolean;
}

export class QorgauHttp {
  constructor(
    private readonly urls: Record<ServiceName, string>,
    private readonly token?: string,
    private readonly locale = 'en',
  ) {}

  /** The same services, as another person. */
  as(token: string, locale = this.locale): QorgauHttp {
    return new QorgauHttp(this.urls, token, locale);
  }

  get<T = unknown>(service: ServiceName, path: string, options?: RequestOptions): Promise<HttpResponse<T>> {
    return this.request<T>('GET', service, path, undefined, options);
  }

  post<T = unknown>(
    service: ServiceName,
    path: string,
    body: unknown,
    options?: RequestOptions,
  ): Promise<HttpResponse<T>> {
    return this.request<T>('POST', service, path, body, {
      idempotencyKey: randomUUID(),
      ...options,
    });
  }

  put<T = unknown>(
    service: ServiceName,
    path: string,
    body: unknown,
    options?: RequestOptions,
  ): Promise<HttpResponse<T>> {
    return this.request<T>('PUT', service, path, body, options);
  }

  async request<T>(
    method: string,
    service: ServiceName,
    path: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    const url = `${this.urls[service]}${path}`;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': this.locale,
      ...options.headers,
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    if (!response.ok && !options.allowError) throw new HttpError(method, url, response.status, parsed);
    return { status: response.status, body: parsed as T, etag: response.headers.get('etag') ?? undefined };
  }
}

/** Polls until `check` returns a value (not undefined), or fails with what it last saw. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  { timeoutMs = 30_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not seen within ${timeoutMs} ms${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
