import { OrgUnitCreatedData } from '@maillage/directory/domain';
import { Actor } from '@maillage/shared/kernel';

export class CreateOrgUnitCommand {
  constructor(
    readonly data: OrgUnitCreatedData,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class RenameOrgUnitCommand {
  constructor(
    readonly unitId: string,
    readonly name: string,
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
  ) {}
}

export class MoveOrgUnitCommand {
  constructor(
    readonly unitId: string,
    readonly parentId: string,
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
  ) {}
}

export class AssignOrgUnitHeadCommand {
  constructor(
    readonly unitId: string,
    readonly headAgentId: string | null,
    readonly actor: Actor,
  ) {}
}

export class CloseOrgUnitCommand {
  constructor(
    readonly unitId: string,
    readonly actor: Actor,
  ) {}
}
