import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountStreamId } from '@maillage/identity/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { ACCOUNT_DIRECTORY, AccountDirectory, REFRESH_SESSIONS, RefreshSessions } from '../ports';
import { accountById } from './account-by-id';
import { DisableAccountCommand, ReenableAccountCommand, SetAccountRolesCommand } from './administer-account.commands';

/**
 * Disabling ends every session at once: refresh tokens are revoked here, and the credentials
 * version the event bumps refuses the access tokens as soon as the read model has it (the
 * controller waits for it), on the very next request.
 */
@CommandHandler(DisableAccountCommand)
export class DisableAccountHandler implements ICommandHandler<DisableAccountCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
    @Inject(REFRESH_SESSIONS) private readonly sessions: RefreshSessions,
  ) {}

  async execute({ accountId, expectedVersion, actor }: DisableAccountCommand): Promise<CommandOutcome> {
    const account = await accountById(this.accounts, accountId);
    // Read before the append, so two admins disabling each other at the same instant could both pass:
    // accepted (they would both have to mean it, and the CLI creates a new admin in that case).
    const otherEnabledAdmins = await this.accounts.countOtherEnabledAdmins(accountId);
    const outcome = await handleCommand(
      this.store,
      accountStreamId(account.username),
      accountDecider,
      { type: 'DisableAccount', accountId, otherEnabledAdmins },
      commandContextFor(actor, this.clock, { expectedVersion }),
    );
    await this.sessions.revokeAll(accountId);
    return outcome;
  }
}

@CommandHandler(ReenableAccountCommand)
export class ReenableAccountHandler implements ICommandHandler<ReenableAccountCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
  ) {}

  async execute({ accountId, expectedVersion, actor }: ReenableAccountCommand): Promise<CommandOutcome> {
    const account = await accountById(this.accounts, accountId);
    return handleCommand(
      this.store,
      accountStreamId(account.username),
      accountDecider,
      { type: 'ReenableAccount', accountId },
      commandContextFor(actor, this.clock, { expectedVersion }),
    );
  }
}

@CommandHandler(SetAccountRolesCommand)
export class SetAccountRolesHandler implements ICommandHandler<SetAccountRolesCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
  ) {}

  async execute({ accountId, roles, expectedVersion, actor }: SetAccountRolesCommand): Promise<CommandOutcome> {
    const account = await accountById(this.accounts, accountId);
    const otherEnabledAdmins = await this.accounts.countOtherEnabledAdmins(accountId);
    return handleCommand(
      this.store,
      accountStreamId(account.username),
      accountDecider,
      { type: 'SetRoles', accountId, roles, otherEnabledAdmins },
      commandContextFor(actor, this.clock, { expectedVersion }),
    );
  }
}
