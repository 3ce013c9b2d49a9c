import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

export type OrgUnitKind = 'direction' | 'service';

export interface OrgUnitCreatedData {
  readonly unitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
}

export type OrgUnitEvent = { readonly type: 'OrgUnitCreated'; readonly data: OrgUnitCreatedData };

export type OrgUnitCommand = { readonly type: 'CreateOrgUnit'; readonly data: OrgUnitCreatedData };

export type OrgUnitState = { readonly exists: boolean };

export const orgUnitStreamId = (unitId: string): string => `orgunit-${unitId}`;

export const orgUnitDecider: Decider<OrgUnitCommand, OrgUnitEvent, OrgUnitState> = {
  initialState: () => ({ exists: false }),
  evolve: (state, event) => (event.type === 'OrgUnitCreated' ? { exists: true } : state),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateOrgUnit':
        if (state.exists) {
          throw new DomainError('DIRECTORY.ORG_UNIT_EXISTS', 'conflict', 'Cette unité existe déjà.', { unitId: command.data.unitId });
        }
        if (!command.data.name.trim()) {
          throw new DomainError('DIRECTORY.ORG_UNIT_NAME_REQUIRED', 'invalid', 'Une unité doit avoir un nom.');
        }
        if (command.data.kind === 'service' && command.data.parentId === null) {
          throw new DomainError('DIRECTORY.SERVICE_NEEDS_DIRECTION', 'invalid', 'Un service doit être rattaché à une direction.');
        }
        return [{ type: 'OrgUnitCreated', data: command.data }];
      default:
        return assertNever(command.type);
    }
  },
};
