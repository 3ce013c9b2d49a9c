import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { ORGANISATION_LOOKUP, OrganisationLookup } from '../agent-directory/organisation-lookup.port';
import { runOrgUnitCommand } from '../directory-commands';
import { AssignOrgUnitHeadCommand, CloseOrgUnitCommand, CreateOrgUnitCommand, MoveOrgUnitCommand, RenameOrgUnitCommand } from './org-unit.commands';

abstract class OrgUnitHandler {
  constructor(
    @Inject(EVENT_STORE) protected readonly store: EventStore,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(ORGANISATION_LOOKUP) protected readonly organisation: OrganisationLookup,
  ) {}
}

const unknownUnit = (unitId: string) => new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'invalid', 'Unité introuvable.', { unitId });

@CommandHandler(CreateOrgUnitCommand)
export class CreateOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<CreateOrgUnitCommand, CommandOutcome> {
  async execute({ data, actor, reason }: CreateOrgUnitCommand) {
    if (data.parentId !== null) {
      const parent = await this.organisation.unitState(data.parentId);
      if (!parent || parent.closed) throw unknownUnit(data.parentId);
    }
    return runOrgUnitCommand(this.store, this.clock, { type: 'CreateOrgUnit', data }, actor, { reason });
  }
}

@CommandHandler(RenameOrgUnitCommand)
export class RenameOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<RenameOrgUnitCommand, CommandOutcome> {
  execute({ unitId, name, expectedVersion, actor }: RenameOrgUnitCommand) {
    return runOrgUnitCommand(this.store, this.clock, { type: 'RenameOrgUnit', unitId, name }, actor, { expectedVersion });
  }
}

@CommandHandler(MoveOrgUnitCommand)
export class MoveOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<MoveOrgUnitCommand, CommandOutcome> {
  async execute({ unitId, parentId, expectedVersion, actor }: MoveOrgUnitCommand) {
    const parentLineage = await this.organisation.unitLineage(parentId);
    if (parentLineage.length === 0) throw unknownUnit(parentId);
    return runOrgUnitCommand(this.store, this.clock, { type: 'MoveOrgUnit', unitId, parentId, parentLineage }, actor, { expectedVersion });
  }
}

@CommandHandler(AssignOrgUnitHeadCommand)
export class AssignOrgUnitHeadHandler extends OrgUnitHandler implements ICommandHandler<AssignOrgUnitHeadCommand, CommandOutcome> {
  async execute({ unitId, headAgentId, actor }: AssignOrgUnitHeadCommand) {
    if (headAgentId !== null) {
      const status = await this.organisation.agentStatus(headAgentId);
      if (status === null || status === 'departed') {
        throw new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'invalid', 'Le responsable d’unité choisi est introuvable ou a quitté la collectivité.');
      }
    }
    return runOrgUnitCommand(this.store, this.clock, { type: 'AssignOrgUnitHead', unitId, headAgentId }, actor);
  }
}

@CommandHandler(CloseOrgUnitCommand)
export class CloseOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<CloseOrgUnitCommand, CommandOutcome> {
  async execute({ unitId, actor }: CloseOrgUnitCommand) {
    const unit = await this.organisation.unitState(unitId);
    if (!unit) throw unknownUnit(unitId);
    return runOrgUnitCommand(this.store, this.clock, { type: 'CloseOrgUnit', unitId, activeAgents: unit.activeAgents, openChildren: unit.openChildren }, actor);
  }
}

export const ORG_UNIT_HANDLERS = [CreateOrgUnitHandler, RenameOrgUnitHandler, MoveOrgUnitHandler, AssignOrgUnitHeadHandler, CloseOrgUnitHandler];
