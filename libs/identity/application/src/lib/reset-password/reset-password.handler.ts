import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountStreamId } from '@maillage/identity/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { accountById } from '../administer-account/account-by-id';
import { PasswordAttempts } from '../password-attempts/password-attempts';
import { ACCOUNT_DIRECTORY, AccountDirectory, PASSWORD_HASHER, PasswordHasher, REFRESH_SESSIONS, RefreshSessions } from '../ports';
import { ResetPasswordCommand } from './reset-password.command';

/** A reset ends every session (whoever knew the old password is out) and unblocks the account's throttle. */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(REFRESH_SESSIONS) private readonly sessions: RefreshSessions,
    private readonly attempts: PasswordAttempts,
  ) {}

  async execute({ accountId, oneTimePassword, expectedVersion, actor }: ResetPasswordCommand): Promise<CommandOutcome> {
    const account = await accountById(this.accounts, accountId);
    const outcome = await handleCommand(
      this.store,
      accountStreamId(account.username),
      accountDecider,
      { type: 'ResetPassword', accountId, passwordHash: await this.hasher.hash(oneTimePassword) },
      commandContextFor(actor, this.clock, { expectedVersion }),
    );
    await this.sessions.revokeAll(accountId);
    await this.attempts.succeeded(account.username);
    return outcome;
  }
}
