import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Actor } from '@maillage/shared/kernel';
import type { Request } from 'express';

export const IS_PUBLIC = 'maillage:public';
/** Marks a route that needs no authentication (login, health, docs). Everything else does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const REQUIRED_ROLES = 'maillage:roles';
/** Restricts a route to accounts holding at least one of these roles. */
export const RequireRoles = (...roles: string[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated principal that the JWT strategy put on the request. */
export interface AuthenticatedAccount {
  readonly accountId: string;
  readonly username: string;
  readonly agentId: string | null;
  readonly roles: readonly string[];
}

export function actorOf(request: Request & { user?: AuthenticatedAccount; id?: unknown }): Actor {
  const user = request.user;
  if (!user) throw new Error('actorOf called on an unauthenticated request');
  return { accountId: user.accountId, agentId: user.agentId, roles: user.roles, requestId: String(request.id ?? '') };
}

/** Injects the `Actor` (who, with which roles, in which request) into a controller method. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => actorOf(context.switchToHttp().getRequest()));
