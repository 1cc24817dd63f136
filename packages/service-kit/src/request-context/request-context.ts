import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

interface RequestContext {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The id of the request being handled, for outgoing Kafka/Temporal headers; undefined outside a request. */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

/** Runs `work` as if handling `requestId` (a consumer handling an event that carried one). */
export const withRequestId = <T>(requestId: string, work: () => T): T => storage.run({ requestId }, work);

// A caller's id is kept only if it is short and plain: it ends up in logs and headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestIdOf = (header: unknown): string =>
  typeof header === 'string' && ACCEPTABLE_ID.test(header) ? header : randomUUID();

/**
 * Express middleware, first in the chain: accepts or generates `x-request-id`, echoes it on the response,
 * sets `req.id` (pino-http logs it) and opens the async context `currentRequestId()` reads.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
  (req as Request & { id?: string }).id = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  storage.run({ requestId }, next);
}
