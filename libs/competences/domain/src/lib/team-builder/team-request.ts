import { SkillLevel } from '../agent-skills';

/**
 * One person the team builder may propose, as the caller reads them. The caller passes only
 * the skills shared with scope 'staffing' or wider: the team builder never sees the others.
 */
export interface Candidate {
  readonly agentId: string;
  readonly directionId: string;
  readonly unitId: string;
  /** Declared skills; a skill declared without a level counts as 'notions'. */
  readonly skills: ReadonlyMap<string, SkillLevel | null>;
  /** Share of working time already committed to projects, 0..1 (0 until projects exist). */
  readonly committedShare: number;
}

/** `count` people, each holding `skillId` at `minLevel` or above. */
export interface SkillRequirement {
  readonly skillId: string;
  readonly minLevel: SkillLevel;
  readonly count: number;
}

/** What a project lead asks the team builder for. */
export interface TeamRequest {
  readonly requirements: readonly SkillRequirement[];
  /** Including the fixed members. */
  readonly maxSize: number;
  /** Directions that must take part. */
  readonly requiredDirectionIds?: readonly string[];
  /** A transversal project spans at least two directions: the default is 2. */
  readonly minDirections?: number;
  /** Always in the team: the project lead and anyone already chosen. */
  readonly fixedMemberIds?: readonly string[];
  /** Never proposed. */
  readonly excludedIds?: readonly string[];
  /** How many different teams to propose: the default is 3. */
  readonly alternatives?: number;
}
