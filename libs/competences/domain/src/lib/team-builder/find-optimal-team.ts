import { findEligible, orderedPool } from './candidate-pool';
import { describeTeam } from './describe-team';
import { solveExactly } from './exact-solver';
import { normalizeTeamRequest } from './normalized-request';
import { compileProblem } from './problem';
import { TeamBuilderOptions, teamContext } from './team-builder-options';
import { TeamProposal } from './team-proposal';
import { Candidate, TeamRequest } from './team-request';

/**
 * The team with the lowest objective, proven by branch and bound over every eligible person
 * (no pool cap). For small instances only (EXACT_MAX_CANDIDATES): tests and the benchmark
 * measure the heuristic against it.
 */
export function findOptimalTeam(request: TeamRequest, candidates: readonly Candidate[], options: TeamBuilderOptions = {}): TeamProposal {
  const normalized = normalizeTeamRequest(request);
  const eligible = findEligible(normalized, candidates);
  const pool = orderedPool(eligible, eligible.holders);
  const context = teamContext(normalized, eligible, options);
  const team = solveExactly(compileProblem(normalized, pool, context.graph));
  return describeTeam(context, team.map((i) => pool[i]), 1);
}
