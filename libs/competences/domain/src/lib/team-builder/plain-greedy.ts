import { findEligible } from './candidate-pool';
import { describeTeam } from './describe-team';
import { normalizeTeamRequest, requirementMask } from './normalized-request';
import { TeamBuilderOptions, teamContext } from './team-builder-options';
import { TeamProposal } from './team-proposal';
import { Candidate, TeamRequest } from './team-request';

/**
 * The baseline the benchmark compares with: first fit, requirement by requirement in the
 * request's order, candidates in input order, blind to directions and distances.
 */
export function proposePlainGreedyTeam(request: TeamRequest, candidates: readonly Candidate[], options: TeamBuilderOptions = {}): TeamProposal {
  const normalized = normalizeTeamRequest(request);
  const eligible = findEligible(normalized, candidates);
  const team: Candidate[] = [...eligible.fixed];
  const holding = normalized.requirements.map((_, r) => team.filter((c) => (requirementMask(normalized, c.skills) >> r) & 1).length);
  normalized.requirements.forEach((requirement, r) => {
    for (let i = 0; i < eligible.holders.length && holding[r] < requirement.count && team.length < normalized.maxSize; i++) {
      const holder = eligible.holders[i];
      if (((eligible.masks[i] >> r) & 1) === 0 || team.includes(holder)) continue;
      team.push(holder);
      for (let s = 0; s < holding.length; s++) holding[s] += (eligible.masks[i] >> s) & 1;
    }
  });
  return describeTeam(teamContext(normalized, eligible, options), team, 1);
}
