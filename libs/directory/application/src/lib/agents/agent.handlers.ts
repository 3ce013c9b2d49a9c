import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgentCommand, OrganisationStructure, requireActiveManager, requireOpenUnit } from '@maillage/directory/domain';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { runAgentCommand, runGuardedAgentCommand } from '../directory-commands';
import { OrganisationGuard } from '../organisation/organisation-guard';
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
    protected readonly organisation: OrganisationGuard,
  ) {}
}

@CommandHandler(RegisterAgentCommand)
export class RegisterAgentHandler extends AgentHandler implements ICommandHandler<RegisterAgentCommand, CommandOutcome> {
  execute({ data, actor, reason }: RegisterAgentCommand) {
    const command = (structure: OrganisationStructure): AgentCommand => {
      if (typeof data.unitId === 'string') requireOpenUnit(structure, data.unitId);
      if (typeof data.managerId === 'string' && data.managerId !== data.agentId) requireActiveManager(structure, data.managerId);
      return { type: 'RegisterAgent', data };
    };
    return runGuardedAgentCommand(this.organisation, this.clock, command, data.agentId, actor, { reason });
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
  execute({ agentId, managerId, expectedVersion, actor, reason }: AssignManagerCommand) {
    const command = (structure: OrganisationStructure): AgentCommand => {
      // The decider refuses a blank or self manager itself, with its own codes.
      const named = typeof managerId === 'string' && managerId.trim() !== '' && managerId !== agentId;
      if (named) requireActiveManager(structure, managerId);
      return { type: 'AssignManager', agentId, managerId, managerChain: named ? structure.managerChain(managerId) : [] };
    };
    return runGuardedAgentCommand(this.organisation, this.clock, command, agentId, actor, { expectedVersion, reason });
  }
}

@CommandHandler(MoveAgentToUnitCommand)
export class MoveAgentToUnitHandler extends AgentHandler implements ICommandHandler<MoveAgentToUnitCommand, CommandOutcome> {
  execute({ agentId, unitId, expectedVersion, actor, reason }: MoveAgentToUnitCommand) {
    const command = (structure: OrganisationStructure): AgentCommand => {
      const unit = typeof unitId === 'string' ? structure.unit(unitId) : null;
      if (typeof unitId === 'string' && unitId.trim() !== '' && !unit) throw new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'invalid', 'Unité introuvable.', { unitId });
      return { type: 'MoveAgentToUnit', agentId, unitId, unitIsOpen: unit !== null && !unit.closed };
    };
    return runGuardedAgentCommand(this.organisation, this.clock, command, agentId, actor, { expectedVersion, reason });
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
    // Guarded too: a departed agent can no longer be named manager nor counted in a unit.
    return runGuardedAgentCommand(this.organisation, this.clock, () => ({ type: 'RecordDeparture', agentId, departedOn }), agentId, actor, { expectedVersion, reason });
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
