import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { type Principal } from '../auth/principal';
import { ProblemException } from '../problem/problem.exception';

/** The methods that change something: the commands a person could flood. Reads are never limited. */
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Rate limit per person on command endpoints: the bucket is the token's subject (the principal's personRef, set
 * by AuthGuard, which runs first), so people behind one proxy do not share a limit and one person cannot escape
 * it by changing address; a public command falls back to the client address. 429 problem+json with Retry-After.
 * Counters live in the process: with N replicas a person gets at most N times the limit.
 */
@Injectable()
export class CommandThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<{ method: string }>();
    return !COMMAND_METHODS.has(request.method);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const user = request.user as Principal | undefined;
    return user ? `person:${user.personRef}` : `address:${String(request.ip)}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.round(detail.ttl / 1000);
    throw new ProblemException({
      code: 'RATE_LIMITED',
      status: 429,
      detail: `Too many commands: at most ${detail.limit} per ${seconds} s per person; retry after ${detail.timeToBlockExpire} s`,
      params: { limit: detail.limit, seconds, retryAfter: detail.timeToBlockExpire },
    });
  }
}
