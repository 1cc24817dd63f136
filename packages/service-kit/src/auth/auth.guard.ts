import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';
import { type Principal, type Role } from './principal';

/**
 * Deny by default: a route without `@Public()` needs a valid bearer token, and with `@Roles(...)` one of
 * those roles. Reasons for refusal are logged, not told to the caller.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtVerifier) private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, unknown>; user?: Principal }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthorizedException('A bearer token is required');
    try {
      request.user = await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      this.logger.warn({ reason: error.reason }, 'token refused');
      throw new UnauthorizedException('The bearer token is not valid');
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => request.user?.roles.includes(role))) {
      throw new ForbiddenException(`One of these roles is required: ${required.join(', ')}`);
    }
    return true;
  }
}

function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}
