import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ACCOUNT_DIRECTORY, AccountDirectory, REFRESH_SESSIONS, RefreshSessions } from '@maillage/identity/application';
import { AuthenticatedAccount } from '@maillage/shared/nest';
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
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedAccount> {
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.sid !== 'string' || !UUID.test(claims.sid)) {
      throw new UnauthorizedException('Session expirée : reconnectez-vous.');
    }
    const [account, active] = await Promise.all([this.accounts.findById(claims.sub), this.sessions.isActive(claims.sid)]);
    if (!account || account.credentialsVersion !== claims.cv || !active) {
      throw new UnauthorizedException('Session expirée : reconnectez-vous.');
    }
    return { accountId: account.accountId, username: account.username, agentId: account.agentId, roles: account.roles };
  }
}
