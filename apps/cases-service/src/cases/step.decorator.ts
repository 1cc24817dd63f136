import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { type Principal } from '@qorgau/service-kit';
import { type Request } from 'express';

/** What every case step needs from the request: the caller, the case, the idempotency key and the path. */
export interface StepRequest {
  readonly user: Principal;
  readonly caseId: string;
  /** The route's other path parameters (`appealId`, `personRef`, ...). */
  readonly params: Readonly<Record<string, string>>;
  readonly key: string | undefined;
  readonly path: string;
  /** `If-Match` (optimistic concurrency against the case's ETag), when sent. */
  readonly ifMatch: string | undefined;
  /** The request body as sent (already accepted by its DTO): people it names are checked against the directory. */
  readonly body: unknown;
}

export const Step = createParamDecorator((_data: unknown, context: ExecutionContext): StepRequest => {
  const req = context.switchToHttp().getRequest<Request & { user?: Principal }>();
  if (!req.user) throw new UnauthorizedException('Authentication required');
  const key = req.headers['idempotency-key'];
  const ifMatch = req.headers['if-match'];
  const { caseId, ...params } = req.params as Record<string, string>;
  return {
    params,
    ifMatch: typeof ifMatch === 'string' ? ifMatch : undefined,
    user: req.user,
    caseId: String(caseId),
    key: typeof key === 'string' ? key : undefined,
    path: req.path,
    body: req.body as unknown,
  };
});
