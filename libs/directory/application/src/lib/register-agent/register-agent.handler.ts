import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agentDecider, agentStreamId } from '@maillage/directory/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { RegisterAgentCommand } from './register-agent.command';

@CommandHandler(RegisterAgentCommand)
export class RegisterAgentHandler implements ICommandHandler<RegisterAgentCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ data, actor }: RegisterAgentCommand): Promise<CommandOutcome> {
    return handleCommand(this.store, agentStreamId(data.agentId), agentDecider, { type: 'RegisterAgent', data }, commandContextFor(actor, this.clock));
  }
}
