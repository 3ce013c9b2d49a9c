import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ACCOUNT_DIRECTORY, AccountDirectory } from '@maillage/identity/application';
import { AuthenticatedAccount } from '@maillage/shared/nest';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_CONFIG, AuthConfig } from './auth-config';

interface AccessTokenClaims {
  readonly sub: string;
  /** Credentials version at issue time: a password change makes older tokens invalid. */
  readonly cv: number;
}

/**
 * Verifies the access token (algorithm, issuer and audience pinned), then
 * reloads the account on every request: a role removed or a password changed
 * takes effect on the next request, not when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_CONFIG) config: AuthConfig,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
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
    const account = await this.accounts.findById(claims.sub);
    if (!account || account.credentialsVersion !== claims.cv) {
      throw new UnauthorizedException('Session expirée : reconnectez-vous.');
    }
    return { accountId: account.accountId, username: account.username, agentId: account.agentId, roles: account.roles };
  }
}
