import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountStreamId, assertAcceptablePassword } from '@maillage/identity/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { PASSWORD_HASHER, PasswordHasher } from '../ports';
import { CreateAccountCommand } from './create-account.command';

@CommandHandler(CreateAccountCommand)
export class CreateAccountHandler implements ICommandHandler<CreateAccountCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute(command: CreateAccountCommand): Promise<CommandOutcome> {
    if (!command.skipPasswordPolicy) assertAcceptablePassword(command.password, command.username);
    const passwordHash = await this.hasher.hash(command.password);
    return handleCommand(
      this.store,
      accountStreamId(command.username),
      accountDecider,
      {
        type: 'CreateAccount',
        data: { accountId: command.accountId, username: command.username, agentId: command.agentId, roles: command.roles, passwordHash, oneTimePassword: command.oneTimePassword },
      },
      commandContextFor(command.actor, this.clock),
    );
  }
}
