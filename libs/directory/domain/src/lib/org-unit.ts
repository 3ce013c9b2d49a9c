import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

export type OrgUnitKind = 'direction' | 'service' | 'unit';

export interface OrgUnitCreatedData {
  readonly unitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
}

export type OrgUnitEvent =
  | { readonly type: 'OrgUnitCreated'; readonly data: OrgUnitCreatedData }
  | { readonly type: 'OrgUnitRenamed'; readonly data: { readonly unitId: string; readonly from: string; readonly to: string } }
  | { readonly type: 'OrgUnitMoved'; readonly data: { readonly unitId: string; readonly fromParentId: string | null; readonly toParentId: string } }
  | { readonly type: 'OrgUnitHeadAssigned'; readonly data: { readonly unitId: string; readonly headAgentId: string | null } }
  | { readonly type: 'OrgUnitClosed'; readonly data: { readonly unitId: string } };

export type OrgUnitCommand =
  | { readonly type: 'CreateOrgUnit'; readonly data: OrgUnitCreatedData }
  | { readonly type: 'RenameOrgUnit'; readonly unitId: string; readonly name: string }
  | {
      readonly type: 'MoveOrgUnit';
      readonly unitId: string;
      readonly parentId: string;
      /** The new parent and its ancestors, read by the handler: a cycle shows up here. */
      readonly parentLineage: readonly string[];
    }
  | { readonly type: 'AssignOrgUnitHead'; readonly unitId: string; readonly headAgentId: string | null }
  | { readonly type: 'CloseOrgUnit'; readonly unitId: string; readonly activeAgents: number; readonly openChildren: number };

export type OrgUnitState =
  | { readonly exists: false }
  | { readonly exists: true; readonly unitId: string; readonly name: string; readonly kind: OrgUnitKind; readonly parentId: string | null; readonly headAgentId: string | null; readonly closed: boolean };

export const orgUnitStreamId = (unitId: string): string => `orgunit-${unitId}`;

function evolve(state: OrgUnitState, event: OrgUnitEvent): OrgUnitState {
  if (event.type === 'OrgUnitCreated') {
    return { exists: true, ...event.data, headAgentId: null, closed: false };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'OrgUnitRenamed':
      return { ...state, name: event.data.to };
    case 'OrgUnitMoved':
      return { ...state, parentId: event.data.toParentId };
    case 'OrgUnitHeadAssigned':
      return { ...state, headAgentId: event.data.headAgentId };
    case 'OrgUnitClosed':
      return { ...state, closed: true };
    default:
      return state;
  }
}

const KINDS: readonly unknown[] = ['direction', 'service', 'unit'] satisfies readonly OrgUnitKind[];
const invalid = (code: string, message: string) => new DomainError(code, 'invalid', message);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const NAME_REQUIRED = () => invalid('DIRECTORY.ORG_UNIT_NAME_REQUIRED', 'Une unité doit avoir un nom.');

/** The last line of defence behind request validation: the read model's NOT NULL name and checked kind. */
function requireWellFormed(command: OrgUnitCommand): void {
  switch (command.type) {
    case 'CreateOrgUnit':
      if (!isText(command.data.unitId)) throw invalid('DIRECTORY.ORG_UNIT_ID_REQUIRED', 'L’identifiant de l’unité est obligatoire.');
      if (!isText(command.data.name)) throw NAME_REQUIRED();
      if (!KINDS.includes(command.data.kind)) throw invalid('DIRECTORY.ORG_UNIT_KIND_INVALID', 'Une unité est une direction, un service ou une unité.');
      if (command.data.parentId !== null && !isText(command.data.parentId)) throw invalid('DIRECTORY.ORG_UNIT_PARENT_INVALID', 'Choisissez l’unité parente, ou aucune pour une direction.');
      return;
    case 'RenameOrgUnit':
      if (!isText(command.name)) throw NAME_REQUIRED();
      return;
    case 'MoveOrgUnit':
      if (!isText(command.parentId)) throw invalid('DIRECTORY.ORG_UNIT_PARENT_INVALID', 'Choisissez l’unité parente.');
      return;
    case 'AssignOrgUnitHead':
      if (command.headAgentId !== null && !isText(command.headAgentId)) throw invalid('DIRECTORY.ORG_UNIT_HEAD_INVALID', 'Choisissez un responsable, ou aucun.');
      return;
    case 'CloseOrgUnit':
      // Counts read by the handler: anything but a whole number ≥ 0 would let a unit close with people in it.
      if (![command.activeAgents, command.openChildren].every((n) => Number.isInteger(n) && n >= 0)) {
        throw invalid('DIRECTORY.ORG_UNIT_COUNTS_INVALID', 'Le nombre d’agents et de sous-unités d’une unité est un entier positif ou nul.');
      }
      return;
    default:
      return assertNever(command);
  }
}

function requireOpen(state: OrgUnitState, unitId: string): Extract<OrgUnitState, { exists: true }> {
  if (!state.exists) throw new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'not_found', 'Unité introuvable.', { unitId });
  if (state.closed) throw new DomainError('DIRECTORY.ORG_UNIT_CLOSED', 'conflict', 'Cette unité est fermée.', { unitId });
  return state;
}

function decide(command: OrgUnitCommand, state: OrgUnitState): OrgUnitEvent[] {
  requireWellFormed(command);
  switch (command.type) {
    case 'CreateOrgUnit': {
      if (state.exists) throw new DomainError('DIRECTORY.ORG_UNIT_EXISTS', 'conflict', 'Cette unité existe déjà.', { unitId: command.data.unitId });
      if (command.data.kind !== 'direction' && command.data.parentId === null) {
        throw new DomainError('DIRECTORY.SERVICE_NEEDS_DIRECTION', 'invalid', 'Un service ou une unité doit être rattaché à une unité parente.');
      }
      return [{ type: 'OrgUnitCreated', data: { ...command.data, name: command.data.name.trim() } }];
    }
    case 'RenameOrgUnit': {
      const unit = requireOpen(state, command.unitId);
      const name = command.name.trim();
      return name === unit.name ? [] : [{ type: 'OrgUnitRenamed', data: { unitId: unit.unitId, from: unit.name, to: name } }];
    }
    case 'MoveOrgUnit': {
      const unit = requireOpen(state, command.unitId);
      if (command.parentId === unit.unitId || command.parentLineage.includes(unit.unitId)) {
        throw new DomainError('DIRECTORY.ORG_UNIT_CYCLE', 'invalid', 'Une unité ne peut pas être rattachée à elle-même ni à l’une de ses sous-unités.');
      }
      if (command.parentId === unit.parentId) return [];
      return [{ type: 'OrgUnitMoved', data: { unitId: unit.unitId, fromParentId: unit.parentId, toParentId: command.parentId } }];
    }
    case 'AssignOrgUnitHead': {
      const unit = requireOpen(state, command.unitId);
      return command.headAgentId === unit.headAgentId ? [] : [{ type: 'OrgUnitHeadAssigned', data: { unitId: unit.unitId, headAgentId: command.headAgentId } }];
    }
    case 'CloseOrgUnit': {
      const unit = requireOpen(state, command.unitId);
      if (command.activeAgents > 0) {
        throw new DomainError('DIRECTORY.ORG_UNIT_NOT_EMPTY', 'conflict', `Cette unité compte encore ${command.activeAgents} agent(s) actif(s) : réaffectez-les avant de la fermer.`, {
          activeAgents: command.activeAgents,
        });
      }
      if (command.openChildren > 0) {
        throw new DomainError('DIRECTORY.ORG_UNIT_HAS_CHILDREN', 'conflict', 'Cette unité a encore des sous-unités ouvertes : fermez-les ou déplacez-les d’abord.');
      }
      return [{ type: 'OrgUnitClosed', data: { unitId: unit.unitId } }];
    }
    default:
      return assertNever(command);
  }
}

export const orgUnitDecider: Decider<OrgUnitCommand, OrgUnitEvent, OrgUnitState> = {
  decide,
  evolve,
  initialState: () => ({ exists: false }),
};
