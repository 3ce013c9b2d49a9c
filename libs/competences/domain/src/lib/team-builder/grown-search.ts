import { searchAlternatives } from './alternatives';
import { EligibleCandidates, orderedPool } from './candidate-pool';
import { CollaborationGraph } from './collaboration-graph';
import { NormalizedTeamRequest } from './normalized-request';
import { PoolSelector } from './pool-cap';
import { compileProblem } from './problem';
import { Candidate } from './team-request';

export interface GrownSearch {
  readonly teams: readonly (readonly Candidate[])[];
  readonly poolSize: number;
}

/**
 * Search the capped pool, then grow it around the teams found — their members' directions and
 * units, where the closest colleagues are — and search again from those teams. The first pool
 * picks people who hold many required skills wherever they are; the second brings in the
 * people next to them, who make the team cheaper to coordinate.
 */
export function searchWithGrowingPool(
  request: NormalizedTeamRequest,
  eligible: EligibleCandidates,
  selector: PoolSelector,
  graph: CollaborationGraph,
): GrownSearch {
  const pool = orderedPool(eligible, selector.initial());
  const teams = searchAlternatives(compileProblem(request, pool, graph), request.alternatives).map((team) => team.map((i) => pool[i]));
  const known = new Set(pool.map((c) => c.agentId));
  const extra = selector.around([...new Set(teams.flat())]).filter((c) => !known.has(c.agentId));
  if (extra.length === 0) return { teams, poolSize: pool.length };
  const grown = orderedPool(eligible, [...pool.slice(eligible.fixed.length), ...extra]);
  const index = new Map(grown.map((c, i) => [c.agentId, i]));
  const warm = teams.map((team) => team.map((c) => index.get(c.agentId) as number).sort((a, b) => a - b));
  const found = searchAlternatives(compileProblem(request, grown, graph), request.alternatives, warm);
  return { teams: found.map((team) => team.map((i) => grown[i])), poolSize: grown.length };
}
