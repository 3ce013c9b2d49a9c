import { DomainError } from '@maillage/shared/kernel';
import type { AgentEvent } from './agent';
import type { OrgUnitEvent } from './org-unit';

/** Where an agent sits: what the reporting-line and unit rules need, nothing personal. */
export interface AgentPlacement {
  readonly agentId: string;
  readonly managerId: string | null;
  readonly unitId: string | null;
  readonly departed: boolean;
}

export interface UnitPlacement {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly closed: boolean;
}

/** An agent's or a unit's whole placement after a change (not a delta: the newest one wins). */
export type OrganisationStructureChangedData = ({ readonly of: 'agent' } & AgentPlacement) | ({ readonly of: 'unit' } & UnitPlacement);

/**
 * Written on the organisation stream in the same atomic append as the agent's or unit's
 * own event, with the organisation stream's expected version: two structure decisions
 * taken on the same view cannot both be stored.
 */
export type OrganisationEvent = { readonly type: 'OrganisationStructureChanged'; readonly data: OrganisationStructureChangedData };

/** One stream per town hall (a deployment serves one). */
export const ORGANISATION_STREAM_ID = 'organisation';

/** The events of agent and unit streams that move someone or something in the structure. */
export const STRUCTURE_EVENT_TYPES = ['AgentRegistered', 'ManagerAssigned', 'AgentMovedToUnit', 'AgentDeparted', 'OrgUnitCreated', 'OrgUnitMoved', 'OrgUnitClosed'] as const;

/**
 * The organisation as the write side knows it, folded from the log. Mutable on purpose: it
 * holds every agent of the town hall (50,000 in the bench city) and is folded one event at a
 * time, where a copy per event would be quadratic. Deciders only read it.
 */
export class OrganisationStructure {
  private readonly agents = new Map<string, AgentPlacement>();
  private readonly units = new Map<string, UnitPlacement>();

  agent(agentId: string): AgentPlacement | null {
    return this.agents.get(agentId) ?? null;
  }

  unit(unitId: string): UnitPlacement | null {
    return this.units.get(unitId) ?? null;
  }

  record(change: OrganisationStructureChangedData): void {
    if (change.of === 'agent') this.agents.set(change.agentId, { agentId: change.agentId, managerId: change.managerId, unitId: change.unitId, departed: change.departed });
    else this.units.set(change.unitId, { unitId: change.unitId, parentId: change.parentId, closed: change.closed });
  }

  /** The agent followed by their managers up to the top; [] if unknown. Stops at a repeat, so a bad log cannot loop. */
  managerChain(agentId: string): string[] {
    return walk(agentId, (id) => this.agents.get(id)?.managerId ?? null, (id) => this.agents.has(id));
  }

  /** The unit followed by its ancestors; [] if unknown. */
  unitLineage(unitId: string): string[] {
    return walk(unitId, (id) => this.units.get(id)?.parentId ?? null, (id) => this.units.has(id));
  }

  /** Agents not departed and open children of a unit: a scan, a few milliseconds for 50,000 agents, only when closing. */
  unitContents(unitId: string): { activeAgents: number; openChildren: number } {
    let activeAgents = 0;
    let openChildren = 0;
    for (const agent of this.agents.values()) if (agent.unitId === unitId && !agent.departed) activeAgents++;
    for (const unit of this.units.values()) if (unit.parentId === unitId && !unit.closed) openChildren++;
    return { activeAgents, openChildren };
  }
}

function walk(start: string, up: (id: string) => string | null, known: (id: string) => boolean): string[] {
  if (!known(start)) return [];
  const chain = [start];
  const seen = new Set(chain);
  for (let next = up(start); next !== null && !seen.has(next); next = up(next)) {
    chain.push(next);
    seen.add(next);
  }
  return chain;
}

/**
 * The placement an agent or unit event leads to, given the structure before it; null for
 * events that move nothing. Folds old logs (written before the organisation stream) and
 * builds the organisation stream's record of each new decision, so both agree.
 */
export function structureChangeOf(
  event: AgentEvent | OrgUnitEvent,
  before: Pick<OrganisationStructure, 'agent' | 'unit'>,
): OrganisationStructureChangedData | null {
  switch (event.type) {
    case 'AgentRegistered':
      return { of: 'agent', agentId: event.data.agentId, managerId: event.data.managerId, unitId: event.data.unitId, departed: false };
    case 'ManagerAssigned':
    case 'AgentMovedToUnit':
    case 'AgentDeparted': {
      const agent = before.agent(event.data.agentId);
      if (!agent) return null;
      if (event.type === 'ManagerAssigned') return { of: 'agent', ...agent, managerId: event.data.managerId };
      if (event.type === 'AgentMovedToUnit') return { of: 'agent', ...agent, unitId: event.data.toUnitId };
      return { of: 'agent', ...agent, departed: true };
    }
    case 'OrgUnitCreated':
      return { of: 'unit', unitId: event.data.unitId, parentId: event.data.parentId, closed: false };
    case 'OrgUnitMoved':
    case 'OrgUnitClosed': {
      const unit = before.unit(event.data.unitId);
      if (!unit) return null;
      return event.type === 'OrgUnitMoved' ? { of: 'unit', ...unit, parentId: event.data.toParentId } : { of: 'unit', ...unit, closed: true };
    }
    default:
      return null;
  }
}

/** The changes a command's events make, each computed on top of the previous ones, without touching `structure`. */
export function structureChangesOf(events: readonly (AgentEvent | OrgUnitEvent)[], structure: OrganisationStructure): OrganisationStructureChangedData[] {
  const overlay = new OrganisationStructure();
  const view = {
    agent: (id: string) => overlay.agent(id) ?? structure.agent(id),
    unit: (id: string) => overlay.unit(id) ?? structure.unit(id),
  };
  const changes: OrganisationStructureChangedData[] = [];
  for (const event of events) {
    const change = structureChangeOf(event, view);
    if (change === null) continue;
    overlay.record(change);
    changes.push(change);
  }
  return changes;
}

/** Folds the organisation stream (the structure a new decision is checked against). */
export function evolveOrganisation(structure: OrganisationStructure, event: OrganisationEvent): OrganisationStructure {
  // Events from newer versions are ignored, so old code can replay new logs.
  if (event.type === 'OrganisationStructureChanged') structure.record(event.data);
  return structure;
}

/** A unit one may place an agent or a unit in: known and open. */
export function requireOpenUnit(structure: OrganisationStructure, unitId: string): UnitPlacement {
  const unit = structure.unit(unitId);
  if (!unit) throw new DomainError('DIRECTORY.ORG_UNIT_NOT_FOUND', 'invalid', 'Unité introuvable.', { unitId });
  if (unit.closed) throw new DomainError('DIRECTORY.ORG_UNIT_CLOSED', 'conflict', 'Cette unité est fermée : choisissez une unité ouverte.', { unitId });
  return unit;
}

/** Someone one may report to: registered and still with the town hall. */
export function requireActiveManager(structure: OrganisationStructure, managerId: string): AgentPlacement {
  const manager = structure.agent(managerId);
  if (!manager || manager.departed) {
    throw new DomainError('DIRECTORY.MANAGER_NOT_FOUND', 'invalid', 'Le responsable choisi est introuvable ou a quitté la collectivité.', { managerId });
  }
  return manager;
}
