import {
  applyDecorators,
  createParamDecorator,
  SetMetadata,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '../openapi/openapi';
import { type Principal, type Role } from './principal';

export const IS_PUBLIC = 'qorgau:public';
export const REQUIRED_ROLES = 'qorgau:roles';

/** Opens a route (or controller) to callers without a token; everything else needs one. */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The verified caller. Only on non-public routes: the guard has put it there. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const user = context.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!user) throw new UnauthorizedException('Authentication required');
  return user;
});
