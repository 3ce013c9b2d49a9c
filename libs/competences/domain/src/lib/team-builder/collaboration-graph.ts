import { Candidate } from './team-request';

/** The three org tiers, so that every graph speaks the same scale. */
export const SAME_UNIT_DISTANCE = 1;
export const SAME_SERVICE_DISTANCE = 1.5;
export const SAME_DIRECTION_DISTANCE = 2;
/** Also the cap applied to any graph's answer, which keeps the objective lexicographic. */
export const MAX_DISTANCE = 3;

/**
 * How far apart two people are for working together: 0 for the same person, lower is closer,
 * in [0, MAX_DISTANCE]. Org proximity today; past projects together plug in through
 * `composeGraphs` without changing the team builder.
 */
export interface CollaborationGraph {
  distance(a: Candidate, b: Candidate): number;
}

type OrgPlace = Pick<Candidate, 'agentId' | 'unitId' | 'directionId'>;

/**
 * Org proximity: same unit 1, same direction 2, different directions 3. Given the unit tree
 * (unit id → parent unit id), two units under a common unit below the direction — teams of
 * one service, or a service and one of its teams — are 1.5 apart: a service meets weekly,
 * a direction does not.
 */
export function orgProximity(unitParents?: ReadonlyMap<string, string | null>): CollaborationGraph {
  const lineages = new Map<string, readonly string[]>();
  const lineage = (unitId: string, directionId: string): readonly string[] => {
    // A unit belongs to one direction, so its id alone is the key.
    let found = lineages.get(unitId);
    if (!found) {
      const chain: string[] = [];
      let current: string | null | undefined = unitId;
      // Bounded walk: a malformed tree with a cycle must not hang a request.
      while (current && current !== directionId && chain.length < 32) {
        chain.push(current);
        current = unitParents?.get(current);
      }
      found = chain;
      lineages.set(unitId, found);
    }
    return found;
  };
  const sameService = (a: OrgPlace, b: OrgPlace): boolean => {
    const above = lineage(a.unitId, a.directionId);
    return lineage(b.unitId, b.directionId).some((unit) => above.includes(unit));
  };
  return {
    distance(a, b) {
      if (a.agentId === b.agentId) return 0;
      if (a.unitId === b.unitId) return SAME_UNIT_DISTANCE;
      if (a.directionId !== b.directionId) return MAX_DISTANCE;
      return unitParents && sameService(a, b) ? SAME_SERVICE_DISTANCE : SAME_DIRECTION_DISTANCE;
    },
  };
}

/** Two people are as close as the closest of the graphs says. */
export function composeGraphs(...graphs: readonly CollaborationGraph[]): CollaborationGraph {
  if (graphs.length === 0) throw new RangeError('composeGraphs needs at least one graph.');
  return {
    distance(a, b) {
      let closest = Number.POSITIVE_INFINITY;
      for (const graph of graphs) closest = Math.min(closest, graph.distance(a, b));
      return closest;
    },
  };
}

/** How many projects two agents have worked on together (the projects context will supply it). */
export interface ProjectsTogether {
  readonly agentIds: readonly [string, string];
  readonly projects: number;
}

/**
 * Past projects together: one shared project makes two people as close as unit colleagues,
 * two or more closer still (0.5). No shared project says nothing (infinite), so composed with
 * `orgProximity` the org distance applies.
 */
export function pastProjectsGraph(pairs: Iterable<ProjectsTogether>): CollaborationGraph {
  const together = new Map<string, number>();
  const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const { agentIds, projects } of pairs) {
    const k = key(agentIds[0], agentIds[1]);
    together.set(k, (together.get(k) ?? 0) + projects);
  }
  return {
    distance(a, b) {
      if (a.agentId === b.agentId) return 0;
      const projects = together.get(key(a.agentId, b.agentId)) ?? 0;
      if (projects <= 0) return Number.POSITIVE_INFINITY;
      return projects === 1 ? SAME_UNIT_DISTANCE : SAME_UNIT_DISTANCE / 2;
    },
  };
}

/** Any graph's answer brought into [0, MAX_DISTANCE]: unknown or far means "different directions". */
export function boundedDistance(graph: CollaborationGraph, a: Candidate, b: Candidate): number {
  const d = graph.distance(a, b);
  return Number.isNaN(d) ? MAX_DISTANCE : Math.min(MAX_DISTANCE, Math.max(0, d));
}
