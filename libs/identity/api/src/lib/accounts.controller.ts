import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ACCOUNT_DIRECTORY,
  AccountDirectory,
  AccountRecord,
  CreateAccountCommand,
  DisableAccountCommand,
  ReenableAccountCommand,
  ResetPasswordCommand,
  SetAccountRolesCommand,
  generateOneTimePassword,
} from '@maillage/identity/application';
import type { AccountSummary, OneTimePasswordIssued, Role } from '@maillage/identity/contracts';
import { Actor, CommandOutcome, DomainError } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, RequireRoles, requireIfMatch } from '@maillage/shared/nest';
import type { CommandAccepted } from '@maillage/shared/contracts';
import type { Response } from 'express';
import { CreateAccountRequest, SetAccountRolesRequest } from './accounts.requests';
import { TokenService } from './token.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException({ code: 'REQUEST.INVALID_ID', message: 'Identifiant de compte invalide.' }) });

/**
 * « Comptes »: the DLSI creates, disables and re-enables accounts, resets passwords and sets
 * roles. Every change is an event with its actor; every change of an existing account names
 * the version it was made on (If-Match), so two admins never overwrite each other.
 * One-time passwords are in the answer once and nowhere else (the idempotency store skips
 * these routes, see the app module).
 */
@ApiTags('comptes')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('admin/accounts')
export class AccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readYourWrites: ReadYourWrites,
    private readonly tokens: TokenService,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
  ) {}

  @Get()
  async list(): Promise<AccountSummary[]> {
    return Promise.all((await this.accounts.list()).map((account) => this.summary(account)));
  }

  @Get(':id')
  async one(@Param('id', uuid) id: string, @Res({ passthrough: true }) response: Response): Promise<AccountSummary> {
    const account = await this.accounts.findById(id);
    if (!account) throw new DomainError('IDENTITY.ACCOUNT_NOT_FOUND', 'not_found', 'Compte introuvable.');
    response.setHeader('ETag', `"${account.streamVersion}"`);
    return this.summary(account);
  }

  @Post()
  async create(@Body() body: CreateAccountRequest, @CurrentActor() actor: Actor): Promise<OneTimePasswordIssued> {
    const accountId = globalThis.crypto.randomUUID();
    const oneTimePassword = generateOneTimePassword(body.username);
    const outcome: CommandOutcome = await this.commands.execute(
      new CreateAccountCommand(accountId, body.username, oneTimePassword, body.roles, body.agentId ?? null, actor, false, true),
    );
    return this.issued(accountId, outcome, oneTimePassword);
  }

  @Post(':id/password-reset')
  async resetPassword(@Param('id', uuid) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<OneTimePasswordIssued> {
    const version = requireIfMatch(ifMatch);
    const account = await this.accounts.findById(id);
    const oneTimePassword = generateOneTimePassword(account?.username ?? '');
    const outcome: CommandOutcome = await this.commands.execute(new ResetPasswordCommand(id, oneTimePassword, version, actor));
    return this.issued(id, outcome, oneTimePassword);
  }

  @Post(':id/disable')
  @HttpCode(200)
  async disable(@Param('id', uuid) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    const version = requireIfMatch(ifMatch);
    return this.readYourWrites.answer(id, await this.commands.execute(new DisableAccountCommand(id, version, actor)));
  }

  @Post(':id/enable')
  @HttpCode(200)
  async enable(@Param('id', uuid) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    const version = requireIfMatch(ifMatch);
    return this.readYourWrites.answer(id, await this.commands.execute(new ReenableAccountCommand(id, version, actor)));
  }

  @Put(':id/roles')
  async setRoles(
    @Param('id', uuid) id: string,
    @Body() body: SetAccountRolesRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<CommandAccepted> {
    const version = requireIfMatch(ifMatch);
    return this.readYourWrites.answer(id, await this.commands.execute(new SetAccountRolesCommand(id, body.roles, version, actor)));
  }

  private async issued(id: string, outcome: CommandOutcome, oneTimePassword: string): Promise<OneTimePasswordIssued> {
    const { version, consistent } = await this.readYourWrites.answer(id, outcome);
    return { id, version, consistent, oneTimePassword };
  }

  private async summary(account: AccountRecord): Promise<AccountSummary> {
    const { displayName } = await this.tokens.currentAccount(account);
    return {
      accountId: account.accountId,
      username: account.username,
      displayName,
      agentId: account.agentId,
      roles: account.roles as Role[],
      disabled: account.disabled,
      passwordChangeRequired: account.mustChangePassword,
      createdAt: account.createdAt,
      changedAt: account.changedAt,
      version: account.streamVersion,
    };
  }
}
