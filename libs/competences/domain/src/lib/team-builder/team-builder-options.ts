import { CollaborationGraph, orgProximity } from './collaboration-graph';
import { EligibleCandidates } from './candidate-pool';
import { TeamContext } from './describe-team';
import { TeamLabels } from './french';
import { NormalizedTeamRequest, requirementMask } from './normalized-request';

export interface TeamBuilderOptions {
  /** Org proximity from unit and direction by default; compose with past projects when they exist. */
  readonly graph?: CollaborationGraph;
  readonly labels?: TeamLabels;
}

export function teamContext(request: NormalizedTeamRequest, eligible: EligibleCandidates, options: TeamBuilderOptions): TeamContext {
  const masks = [...eligible.fixed.map((c) => requirementMask(request, c.skills)), ...eligible.masks];
  const holdersAvailable = request.requirements.map((_, r) => masks.reduce((sum, mask) => sum + ((mask >> r) & 1), 0));
  return { request, graph: options.graph ?? orgProximity(), labels: options.labels ?? {}, holdersAvailable };
}
