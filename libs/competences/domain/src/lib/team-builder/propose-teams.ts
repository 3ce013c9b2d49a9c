import { findEligible, orderedPool } from './candidate-pool';
import { searchAlternatives } from './alternatives';
import { describeTeam } from './describe-team';
import { normalizeTeamRequest } from './normalized-request';
import { capPool } from './pool-cap';
import { compileProblem } from './problem';
import { TeamBuilderOptions, teamContext } from './team-builder-options';
import { TeamProposals } from './team-proposal';
import { Candidate, TeamRequest } from './team-request';

/**
 * The team builder: up to `request.alternatives` (3) genuinely different teams, each with who
 * covers which skill, what is left uncovered, time already committed, directions, communication
 * cost and a plain-French reason for every member. It advises; a person decides.
 * Heuristic: rarest-skill-first greedy from several starts, then local search (drop, add, swap),
 * with a tabu on the previous alternative's members to find the next. Deterministic.
 * `candidates` may be everyone (agent ids unique): the pool is filtered and capped (POOL_CAP).
 */
export function proposeTeams(request: TeamRequest, candidates: readonly Candidate[], options: TeamBuilderOptions = {}): TeamProposals {
  const normalized = normalizeTeamRequest(request);
  const eligible = findEligible(normalized, candidates);
  const pool = orderedPool(eligible, capPool(normalized, eligible));
  const context = teamContext(normalized, eligible, options);
  const problem = compileProblem(normalized, pool, context.graph);
  const teams = searchAlternatives(problem, normalized.alternatives);
  return {
    proposals: teams.map((team, k) => describeTeam(context, team.map((i) => pool[i]), k + 1)),
    eligibleCount: eligible.holders.length,
    poolSize: pool.length - eligible.fixed.length,
  };
}
