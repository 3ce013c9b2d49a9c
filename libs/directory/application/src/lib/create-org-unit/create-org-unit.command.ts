import { OrgUnitCreatedData } from '@maillage/directory/domain';
import { Actor } from '@maillage/shared/kernel';

export class CreateOrgUnitCommand {
  constructor(
    readonly data: OrgUnitCreatedData,
    readonly actor: Actor,
  ) {}
}
