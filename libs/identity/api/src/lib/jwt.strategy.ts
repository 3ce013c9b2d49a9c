import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ACCOUNT_DIRECTORY, AccountDirectory, REFRESH_SESSIONS, RefreshSessions } from '@maillage/identity/application';
import { AuthenticatedAccount } from '@maillage/shared/nest';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_CONFIG, AuthConfig } from './auth-config';

interface AccessTokenClaims {
  readonly sub: string;
  /** Credentials version at issue time: a password change makes older tokens invalid. */
  readonly cv: number;
  /** Session (refresh-token family) id: logout ends the session, and with it this token. */
  readonly sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What an account with a one-time password may do: read who it is and change the password.
 * Checked here, where the account is loaded, so no controller can forget it; by path, since
 * a passport strategy sees the request, not the route's metadata.
 */
const BEFORE_PASSWORD_CHANGE = new Set(['GET /api/auth/me', 'POST /api/auth/password']);

/** The principal of a request, with the one flag the session routes still need. */
export interface SignedInAccount extends AuthenticatedAccount {
  readonly mustChangePassword: boolean;
}

/**
 * Verifies the access token (algorithm, issuer and audience pinned), then
 * reloads the account and its session on every request: a role removed, a
 * password changed or a logout takes effect on the next request, not when the
 * token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_CONFIG) config: AuthConfig,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(REFRESH_SESSIONS) private readonly sessions: RefreshSessions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: config.issuer,
      audience: config.audience,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(request: Request, claims: AccessTokenClaims): Promise<SignedInAccount> {
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.sid !== 'string' || !UUID.test(claims.sid)) {
      throw new UnauthorizedException('Session expirée : reconnectez-vous.');
    }
    const [account, active] = await Promise.all([this.accounts.findById(claims.sub), this.sessions.isActive(claims.sid)]);
    if (!account || account.disabled || account.credentialsVersion !== claims.cv || !active) {
      throw new UnauthorizedException('Session expirée : reconnectez-vous.');
    }
    if (account.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.originalUrl.split('?')[0].replace(/\/+$/, '')}`)) {
      throw new ForbiddenException({
        code: 'IDENTITY.PASSWORD_CHANGE_REQUIRED',
        message: 'Choisissez d’abord votre propre mot de passe : le mot de passe provisoire ne sert qu’à cela.',
      });
    }
    const { accountId, username, agentId, roles, mustChangePassword } = account;
    return { accountId, username, agentId, roles, mustChangePassword };
  }
}
