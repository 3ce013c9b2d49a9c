import { SkillLevel } from '../agent-skills';
import { CoveredSkill } from './explain-member';
import { TeamAssessment } from './objective';

/** One person in a proposed team, with the reasons they are there. */
export interface ProposedMember {
  readonly agentId: string;
  readonly directionId: string;
  readonly unitId: string;
  /** Asked for in the request (the project lead, or someone already chosen). */
  readonly fixed: boolean;
  /** The required skills this person brings, at the level they declared. */
  readonly covers: readonly CoveredSkill[];
  /** Share of their time already committed to other projects, 0..1. */
  readonly committedShare: number;
  /** Why they are proposed, in plain French; never a comparison with anyone. */
  readonly explanation: string;
}

export interface RequirementCoverage {
  readonly skillId: string;
  readonly minLevel: SkillLevel;
  readonly seats: number;
  /** Every member holding the skill at the level asked, members' order. */
  readonly coveredBy: readonly string[];
  readonly missingSeats: number;
}

export interface TeamProposal {
  /** 1 for the first alternative: the team the objective prefers. Alternatives are teams, never people, in order. */
  readonly alternative: number;
  readonly members: readonly ProposedMember[];
  readonly coverage: readonly RequirementCoverage[];
  /** The requirements with missing seats; empty when every skill is covered. */
  readonly uncovered: readonly RequirementCoverage[];
  readonly directionIds: readonly string[];
  readonly missingRequiredDirectionIds: readonly string[];
  readonly communication: {
    /** Sum over pairs of members of their distance in the collaboration graph. */
    readonly cost: number;
    /** The same per pair: 1 same unit, 1.5 same service, 2 same direction, 3 different directions. */
    readonly meanDistance: number;
  };
  readonly assessment: TeamAssessment;
  /** What the person deciding should know about the team as a whole, in plain French. */
  readonly notes: readonly string[];
}

/** What `proposeTeams` returns: up to `alternatives` genuinely different teams. */
export interface TeamProposals {
  readonly proposals: readonly TeamProposal[];
  /** People holding at least one required skill at its level, fixed and excluded aside. */
  readonly eligibleCount: number;
  /** How many of them the heuristic searched (see POOL_CAP). */
  readonly poolSize: number;
}
