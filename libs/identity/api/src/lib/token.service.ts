import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { AccountRecord, IssuedRefreshToken } from '@maillage/identity/application';
import { CurrentAccount, Role, SessionTokens } from '@maillage/identity/contracts';
import type { Response } from 'express';
import { AUTH_CONFIG, AuthConfig, REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './auth-config';

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    @Inject(AGENT_NAMES) private readonly agentNames: AgentNames,
  ) {}

  async session(account: AccountRecord, refresh: IssuedRefreshToken, response: Response): Promise<SessionTokens> {
    const accessToken = await this.jwt.signAsync(
      { sub: account.accountId, cv: account.credentialsVersion, sid: refresh.sessionId },
      { algorithm: 'HS256', issuer: this.config.issuer, audience: this.config.audience, expiresIn: this.config.accessTokenTtlSeconds },
    );
    response.cookie(REFRESH_COOKIE, refresh.token, {
      httpOnly: true,
      secure: this.config.secureCookies,
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
      expires: refresh.expiresAt,
    });
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds, account: await this.currentAccount(account) };
  }

  clearRefreshCookie(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: this.config.secureCookies, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
  }

  async currentAccount(account: Pick<AccountRecord, 'accountId' | 'username' | 'agentId' | 'roles' | 'mustChangePassword'>): Promise<CurrentAccount> {
    const name = account.agentId ? await this.agentNames.displayNameOf(account.agentId) : null;
    return {
      accountId: account.accountId,
      username: account.username,
      roles: account.roles as Role[],
      agentId: account.agentId,
      displayName: name ?? account.username,
      passwordChangeRequired: account.mustChangePassword,
    };
  }
}
