import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { ORGANISATION_LOOKUP, OrganisationLookup } from '../agent-directory/organisation-lookup.port';
import { runAgentCommand } from '../directory-commands';
import {
  AssignManagerCommand,
  ChangeAgentFieldsCommand,
  ChangeAgentStatusCommand,
  MoveAgentToUnitCommand,
  RecordDepartureCommand,
  RegisterAgentCommand,
} from './agent.commands';

abstract class AgentHandler {
  constructor(
    @Inject(EVENT_STORE) protected readonly store: EventStore,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(ORGANISATION_LOOKUP) protected readonly organisation: OrganisationLookup,
  ) {}
}

@CommandHandler(RegisterAgentCommand)
export class RegisterAgentHandler extends AgentHandler implements ICommandHandler<RegisterAgentCommand, CommandOutcome> {
  execute({ data, actor, reason }: RegisterAgentCommand) {
    return runAgentCommand(this.store, this.clock, { type: 'RegisterAgent', data }, actor, { reason });
  }
}

@CommandHandler(ChangeAgentFieldsCommand)
export class ChangeAgentFieldsHandler extends AgentHandler implements ICommandHandler<ChangeAgentFieldsCommand, CommandOutcome> {
  execute({ agentId, changes, expectedVersion, actor, reason }: ChangeAgentFieldsCommand) {
    const editor = { agentId: actor.agentId, roles: actor.roles };
    return runAgentCommand(this.store, this.clock, { type: 'ChangeAgentFields', agentId, changes, editor }, actor, { expectedVersion, reason });
  }
}

@CommandHandler(AssignManagerCommand)
export class AssignManagerHandler extends AgentHandler implements ICommandHandler<AssignManagerCommand, CommandOutcome> {
  async execute({ agentId, managerId, expectedVersion, actor, reason }: AssignManagerCommand) {
    let managerChain: string[] = [];
    if (managerId !== null) {
      const status = await this.organisation.agentStatus(managerId);
      if (status === null || status === 'departed') {
        throw new DomainError('DIRECTORY.MANAGER_NOT_FOUND', 'invalid', 'Le responsable choisi est introuvable ou a quitté la collectivité.', { managerId });
      }
      managerChain = await this.organisation.managerChain(managerId);
    }
    return runAgentCommand(this.store, this.clock, { type: 'AssignManager', agentId, managerId, managerChain }, actor, { expectedVersion, reason });
  }
}

@CommandHandler(MoveAgentToUnitCommand)
export class MoveAgentToUnitHandler extends AgentHandler implements ICommandHandler<MoveAgentToUnitCommand, CommandOutcome> {
  async execute({ agentId, unitId, expectedVersion, actor, reason }: MoveAgentToUnitCommand) {
    const unit = await this.organisation.unitState(unitId);
    if (!unit) throw new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'invalid', 'Unité introuvable.', { unitId });
    return runAgentCommand(this.store, this.clock, { type: 'MoveAgentToUnit', agentId, unitId, unitIsOpen: !unit.closed }, actor, { expectedVersion, reason });
  }
}

@CommandHandler(ChangeAgentStatusCommand)
export class ChangeAgentStatusHandler extends AgentHandler implements ICommandHandler<ChangeAgentStatusCommand, CommandOutcome> {
  execute({ agentId, status, expectedVersion, actor, reason }: ChangeAgentStatusCommand) {
    return runAgentCommand(this.store, this.clock, { type: 'ChangeAgentStatus', agentId, status }, actor, { expectedVersion, reason });
  }
}

@CommandHandler(RecordDepartureCommand)
export class RecordDepartureHandler extends AgentHandler implements ICommandHandler<RecordDepartureCommand, CommandOutcome> {
  execute({ agentId, departedOn, expectedVersion, actor, reason }: RecordDepartureCommand) {
    return runAgentCommand(this.store, this.clock, { type: 'RecordDeparture', agentId, departedOn }, actor, { expectedVersion, reason });
  }
}

export const AGENT_HANDLERS = [
  RegisterAgentHandler,
  ChangeAgentFieldsHandler,
  AssignManagerHandler,
  MoveAgentToUnitHandler,
  ChangeAgentStatusHandler,
  RecordDepartureHandler,
];
