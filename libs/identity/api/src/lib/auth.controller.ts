import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCOUNT_DIRECTORY, AccountDirectory, AccountRecord, ChangePasswordCommand, REFRESH_SESSIONS, RefreshSessions } from '@maillage/identity/application';
import { CurrentAccount, SessionTokens } from '@maillage/identity/contracts';
import { Actor, CommandOutcome } from '@maillage/shared/kernel';
import { CurrentActor, Public, ReadYourWrites } from '@maillage/shared/nest';
import type { Request, Response } from 'express';
import { REFRESH_COOKIE } from './auth-config';
import { ChangePasswordRequest, LoginRequest } from './auth.requests';
import { SignedInAccount } from './jwt.strategy';
import { TokenService } from './token.service';

@ApiTags('authentification')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly tokens: TokenService,
    private readonly commands: CommandBus,
    @Inject(REFRESH_SESSIONS) private readonly sessions: RefreshSessions,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** The body is checked by passport-local (LocalStrategy); LoginRequest documents and validates its shape. */
  @Public()
  @UseGuards(AuthGuard('local'))
  @Post('login')
  @HttpCode(200)
  async signIn(
    @Body() _body: LoginRequest,
    @Req() request: Request & { user: AccountRecord },
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionTokens> {
    return this.tokens.session(request.user, await this.sessions.issue(request.user.accountId), response);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionTokens> {
    const token = refreshTokenOf(request);
    const rotated = token ? await this.sessions.rotate(token) : null;
    const account = rotated ? await this.accounts.findById(rotated.accountId) : null;
    if (!rotated || !account || account.disabled) {
      this.tokens.clearRefreshCookie(response);
      throw new UnauthorizedException({ code: 'AUTH.SESSION_EXPIRED', message: 'Session expirée : reconnectez-vous.' });
    }
    return this.tokens.session(account, rotated.next, response);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = refreshTokenOf(request);
    if (token) await this.sessions.revokeFamilyOf(token);
    this.tokens.clearRefreshCookie(response);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@Req() request: Request & { user: SignedInAccount }): Promise<CurrentAccount> {
    return this.tokens.currentAccount(request.user);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const outcome: CommandOutcome = await this.commands.execute(new ChangePasswordCommand(body.currentPassword, body.newPassword, actor));
    this.tokens.clearRefreshCookie(response);
    // Every session ended at once: wait (bounded) for the credentials read model, so that
    // signing in again with the new password works as soon as this answers.
    await this.readYourWrites.answer(actor.accountId, outcome);
  }
}

function refreshTokenOf(request: Request): string | undefined {
  const cookies = (request as Request & { cookies?: Record<string, string> }).cookies;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
