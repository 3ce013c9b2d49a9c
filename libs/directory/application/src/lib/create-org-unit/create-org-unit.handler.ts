import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { orgUnitDecider, orgUnitStreamId } from '@maillage/directory/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { CreateOrgUnitCommand } from './create-org-unit.command';

@CommandHandler(CreateOrgUnitCommand)
export class CreateOrgUnitHandler implements ICommandHandler<CreateOrgUnitCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ data, actor }: CreateOrgUnitCommand): Promise<CommandOutcome> {
    return handleCommand(this.store, orgUnitStreamId(data.unitId), orgUnitDecider, { type: 'CreateOrgUnit', data }, commandContextFor(actor, this.clock));
  }
}
