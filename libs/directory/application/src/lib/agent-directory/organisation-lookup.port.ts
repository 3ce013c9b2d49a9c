/**
 * Facts from other streams that directory rules need (cycles, emptiness),
 * read from the read models by the handlers and passed into the deciders.
 */
export interface OrganisationLookup {
  /** The agent followed by their managers up to the top; [] if unknown. */
  managerChain(agentId: string): Promise<string[]>;
  agentStatus(agentId: string): Promise<'active' | 'on_leave' | 'departed' | null>;
  /** The unit followed by its ancestors; [] if unknown. */
  unitLineage(unitId: string): Promise<string[]>;
  unitState(unitId: string): Promise<{ closed: boolean; activeAgents: number; openChildren: number } | null>;
}

export const ORGANISATION_LOOKUP = Symbol('OrganisationLookup');
