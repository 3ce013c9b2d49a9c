import { CollaborationGraph, orgProximity } from './collaboration-graph';
import { EligibleCandidates } from './candidate-pool';
import { TeamContext } from './describe-team';
import { TeamLabels } from './french';
import { PoolCap } from './pool-cap';
import { NormalizedTeamRequest, requirementMask } from './normalized-request';

export interface TeamBuilderOptions {
  /** Org proximity from unit and direction by default; compose with past projects when they exist. */
  readonly graph?: CollaborationGraph;
  readonly labels?: TeamLabels;
  /** How the heuristic's pool is capped on a large town hall; POOL_CAP unless tuning. */
  readonly poolCap?: PoolCap;
}

export function teamContext(request: NormalizedTeamRequest, eligible: EligibleCandidates, options: TeamBuilderOptions): TeamContext {
  const fixedMasks = eligible.fixed.map((c) => requirementMask(request, c.skills));
  const holdersAvailable = eligible.holding.map((count, r) => count + fixedMasks.filter((mask) => (mask >> r) & 1).length);
  return { request, graph: options.graph ?? orgProximity(), labels: options.labels ?? {}, holdersAvailable };
}
