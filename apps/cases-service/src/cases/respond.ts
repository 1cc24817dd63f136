import { type Response } from 'express';
import { type StoredResponse } from '../idempotency/idempotency.service';

/** Writes a (possibly replayed) stored response's status and headers; the body is returned by the handler. */
export function respond(res: Response, stored: StoredResponse & { replayed: boolean }): unknown {
  res.status(stored.status);
  for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
  if (stored.replayed) res.setHeader('idempotency-replayed', 'true');
  return stored.body;
}
