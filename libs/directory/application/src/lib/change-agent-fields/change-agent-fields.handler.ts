import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agentDecider, agentStreamId } from '@maillage/directory/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { ChangeAgentFieldsCommand } from './change-agent-fields.command';

@CommandHandler(ChangeAgentFieldsCommand)
export class ChangeAgentFieldsHandler implements ICommandHandler<ChangeAgentFieldsCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ agentId, changes, expectedVersion, actor }: ChangeAgentFieldsCommand): Promise<CommandOutcome> {
    return handleCommand(
      this.store,
      agentStreamId(agentId),
      agentDecider,
      { type: 'ChangeAgentFields', agentId, changes, editor: { agentId: actor.agentId, roles: actor.roles } },
      commandContextFor(actor, this.clock, { expectedVersion }),
    );
  }
}
