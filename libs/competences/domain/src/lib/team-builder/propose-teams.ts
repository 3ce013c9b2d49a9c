import { findEligible } from './candidate-pool';
import { describeTeam } from './describe-team';
import { searchWithGrowingPool } from './grown-search';
import { normalizeTeamRequest } from './normalized-request';
import { PoolSelector } from './pool-cap';
import { TeamBuilderOptions, teamContext } from './team-builder-options';
import { TeamProposals } from './team-proposal';
import { Candidate, TeamRequest } from './team-request';

/**
 * The team builder: up to `request.alternatives` (3) genuinely different teams, each with who
 * covers which skill, what is left uncovered, time already committed, directions, communication
 * cost and a plain-French reason for every member. It advises; a person decides.
 * Heuristic: rarest-skill-first greedy from several starts, then local search (drop, add, swap),
 * with a tabu on the previous alternative's members to find the next; on a large town hall, over
 * a capped pool (POOL_CAP) grown around the teams found. Deterministic, whatever the order of
 * `candidates`, which may be everyone (agent ids unique) or only people holding a required skill
 * plus the fixed members.
 */
export function proposeTeams(request: TeamRequest, candidates: readonly Candidate[], options: TeamBuilderOptions = {}): TeamProposals {
  const normalized = normalizeTeamRequest(request);
  const eligible = findEligible(normalized, candidates);
  const context = teamContext(normalized, eligible, options);
  const selector = new PoolSelector(normalized, eligible, options.poolCap);
  const { teams, poolSize } = searchWithGrowingPool(normalized, eligible, selector, context.graph);
  return {
    proposals: teams.map((team, k) => describeTeam(context, team, k + 1)),
    eligibleCount: eligible.holders.length,
    poolSize: poolSize - eligible.fixed.length,
  };
}
