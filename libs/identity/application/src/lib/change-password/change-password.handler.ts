import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountStreamId, assertAcceptablePassword } from '@maillage/identity/domain';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { PasswordAttempts } from '../password-attempts/password-attempts';
import { ACCOUNT_DIRECTORY, AccountDirectory, PASSWORD_HASHER, PasswordHasher, REFRESH_SESSIONS, RefreshSessions } from '../ports';
import { ChangePasswordCommand } from './change-password.command';

/** Changing the password revokes every refresh token and, through the credentials version, every access token. */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(REFRESH_SESSIONS) private readonly sessions: RefreshSessions,
    private readonly attempts: PasswordAttempts,
  ) {}

  async execute({ currentPassword, newPassword, actor }: ChangePasswordCommand): Promise<CommandOutcome> {
    const account = await this.accounts.findById(actor.accountId);
    if (!account) throw new DomainError('IDENTITY.CURRENT_PASSWORD_WRONG', 'invalid', 'Le mot de passe actuel est incorrect.');
    // The same budget of guesses as sign-in: a stolen access token is no oracle for the password.
    await this.attempts.ensureAllowed(account.username, null);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.attempts.failed(account.username, null);
      throw new DomainError('IDENTITY.CURRENT_PASSWORD_WRONG', 'invalid', 'Le mot de passe actuel est incorrect.');
    }
    await this.attempts.succeeded(account.username);
    assertAcceptablePassword(newPassword, account.username);
    const outcome = await handleCommand(
      this.store,
      accountStreamId(account.username),
      accountDecider,
      { type: 'ChangePassword', accountId: account.accountId, passwordHash: await this.hasher.hash(newPassword) },
      commandContextFor(actor, this.clock),
    );
    await this.sessions.revokeAll(account.accountId);
    return outcome;
  }
}
