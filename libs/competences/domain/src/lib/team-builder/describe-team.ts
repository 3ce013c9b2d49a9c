import { SKILL_LEVELS } from '../agent-skills';
import { lowestBit } from './candidate-pool';
import { CollaborationGraph } from './collaboration-graph';
import { explainMember } from './explain-member';
import { TeamLabels } from './french';
import { NormalizedTeamRequest, levelRank, requirementMask } from './normalized-request';
import { assessTeam } from './objective';
import { teamNotes } from './team-notes';
import { ProposedMember, RequirementCoverage, TeamProposal } from './team-proposal';
import { Candidate } from './team-request';

export interface TeamContext {
  readonly request: NormalizedTeamRequest;
  readonly graph: CollaborationGraph;
  readonly labels: TeamLabels;
  /** Per requirement, how many eligible people hold it (for the notes). */
  readonly holdersAvailable: readonly number[];
}

/**
 * Members in a neutral order: fixed members as requested, then by the first requirement they
 * fill in the request's order, then agent id. Never an order of merit.
 */
function neutralOrder(request: NormalizedTeamRequest, members: readonly Candidate[]): Candidate[] {
  const fixed = request.fixedMemberIds;
  const firstFilled = (c: Candidate): number => {
    const mask = requirementMask(request, c.skills);
    return mask === 0 ? Number.MAX_SAFE_INTEGER : lowestBit(mask);
  };
  const rank = (c: Candidate): number => (fixed.includes(c.agentId) ? fixed.indexOf(c.agentId) - fixed.length : firstFilled(c));
  return [...members].sort((a, b) => rank(a) - rank(b) || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
}

export function describeTeam(context: TeamContext, team: readonly Candidate[], alternative: number): TeamProposal {
  const { request, graph, labels } = context;
  const members = neutralOrder(request, team);
  const masks = members.map((m) => requirementMask(request, m.skills));
  const coverage: RequirementCoverage[] = request.requirements.map((r, i) => {
    const coveredBy = members.filter((_, k) => (masks[k] >> i) & 1).map((m) => m.agentId);
    return { skillId: r.skillId, minLevel: r.minLevel, seats: r.count, coveredBy, missingSeats: Math.max(0, r.count - coveredBy.length) };
  });
  const proposed: ProposedMember[] = members.map((member, k) => {
    const covers = request.requirements
      .filter((_, i) => (masks[k] >> i) & 1)
      .map((r) => ({ skillId: r.skillId, level: SKILL_LEVELS[levelRank(member.skills.get(r.skillId) ?? null) - 1] }));
    const fixed = request.fixedMemberIds.includes(member.agentId);
    const explanation = explainMember({ member, fixed, covers, team: members, requiredDirectionIds: request.requiredDirectionIds }, labels);
    const { agentId, directionId, unitId, committedShare } = member;
    return { agentId, directionId, unitId, fixed, covers, committedShare, explanation };
  });
  const assessment = assessTeam(request, members, graph);
  const directionIds = [...new Set(members.map((m) => m.directionId))];
  const missingRequiredDirectionIds = request.requiredDirectionIds.filter((d) => !directionIds.includes(d));
  const pairs = (members.length * (members.length - 1)) / 2;
  return {
    alternative,
    members: proposed,
    coverage,
    uncovered: coverage.filter((c) => c.missingSeats > 0),
    directionIds,
    missingRequiredDirectionIds,
    communication: { cost: assessment.communicationCost, meanDistance: pairs > 0 ? assessment.communicationCost / pairs : 0 },
    assessment,
    notes: teamNotes(request, coverage, missingRequiredDirectionIds, assessment, context.holdersAvailable, labels),
  };
}
