import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitCommand, OrganisationStructure } from '@maillage/directory/domain';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { runGuardedOrgUnitCommand, runOrgUnitCommand } from '../directory-commands';
import { OrganisationGuard } from '../organisation/organisation-guard';
import { AssignOrgUnitHeadCommand, CloseOrgUnitCommand, CreateOrgUnitCommand, MoveOrgUnitCommand, RenameOrgUnitCommand } from './org-unit.commands';

abstract class OrgUnitHandler {
  constructor(
    @Inject(EVENT_STORE) protected readonly store: EventStore,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly organisation: OrganisationGuard,
  ) {}
}

const isOpen = (structure: OrganisationStructure, unitId: string) => structure.unit(unitId)?.closed === false;
const unknownUnit = (unitId: string) => new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'invalid', 'Unité introuvable.', { unitId });

@CommandHandler(CreateOrgUnitCommand)
export class CreateOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<CreateOrgUnitCommand, CommandOutcome> {
  execute({ data, actor, reason }: CreateOrgUnitCommand) {
    const command = (structure: OrganisationStructure): OrgUnitCommand => {
      if (typeof data.parentId === 'string' && !isOpen(structure, data.parentId)) throw unknownUnit(data.parentId);
      return { type: 'CreateOrgUnit', data };
    };
    return runGuardedOrgUnitCommand(this.organisation, this.clock, command, data.unitId, actor, { reason });
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
  execute({ unitId, parentId, expectedVersion, actor }: MoveOrgUnitCommand) {
    const command = (structure: OrganisationStructure): OrgUnitCommand => {
      // A closed parent would hold an open child: refused like an unknown one, as at creation.
      if (typeof parentId === 'string' && parentId.trim() !== '' && !isOpen(structure, parentId)) throw unknownUnit(parentId);
      return { type: 'MoveOrgUnit', unitId, parentId, parentLineage: typeof parentId === 'string' ? structure.unitLineage(parentId) : [] };
    };
    return runGuardedOrgUnitCommand(this.organisation, this.clock, command, unitId, actor, { expectedVersion });
  }
}

@CommandHandler(AssignOrgUnitHeadCommand)
export class AssignOrgUnitHeadHandler extends OrgUnitHandler implements ICommandHandler<AssignOrgUnitHeadCommand, CommandOutcome> {
  async execute({ unitId, headAgentId, actor }: AssignOrgUnitHeadCommand) {
    if (headAgentId !== null) {
      const head = await this.organisation.read((structure) => structure.agent(headAgentId));
      if (head === null || head.departed) {
        throw new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'invalid', 'Le responsable d’unité choisi est introuvable ou a quitté la collectivité.');
      }
    }
    return runOrgUnitCommand(this.store, this.clock, { type: 'AssignOrgUnitHead', unitId, headAgentId }, actor);
  }
}

@CommandHandler(CloseOrgUnitCommand)
export class CloseOrgUnitHandler extends OrgUnitHandler implements ICommandHandler<CloseOrgUnitCommand, CommandOutcome> {
  execute({ unitId, actor }: CloseOrgUnitCommand) {
    const command = (structure: OrganisationStructure): OrgUnitCommand => {
      if (!structure.unit(unitId)) throw unknownUnit(unitId);
      return { type: 'CloseOrgUnit', unitId, ...structure.unitContents(unitId) };
    };
    return runGuardedOrgUnitCommand(this.organisation, this.clock, command, unitId, actor);
  }
}

export const ORG_UNIT_HANDLERS = [CreateOrgUnitHandler, RenameOrgUnitHandler, MoveOrgUnitHandler, AssignOrgUnitHeadHandler, CloseOrgUnitHandler];
