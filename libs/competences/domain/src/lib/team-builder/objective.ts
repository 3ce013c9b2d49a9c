import { CollaborationGraph, boundedDistance } from './collaboration-graph';
import { NormalizedTeamRequest, requirementMask } from './normalized-request';
import { Candidate } from './team-request';

/**
 * The one number both solvers minimise, lexicographic in spirit:
 * 1. each uncovered seat (one person missing for one required skill) weighs 100,000;
 * 2. each direction short weighs 1,000: a required direction absent, plus each direction
 *    missing to reach the minimum (a team of one direction when two are asked is one short);
 * 3. then the soft cost: the communication cost (sum over pairs of members of their distance
 *    in the collaboration graph, each in [0, 3]), plus 2 per full-time already committed
 *    elsewhere, plus 0.5 per member.
 * Summing pairs (rather than averaging) makes every extra person cost coordination, so people
 * who bring several skills are preferred and nobody is added who covers nothing. With at most
 * 25 members the soft cost stays under 1,000, so no saving on it ever buys a missing direction,
 * and shortfalls (at most ~60 in practice) never buy a missing seat.
 */
export const OBJECTIVE_WEIGHTS = {
  uncoveredSeat: 100_000,
  directionShortfall: 1_000,
  committedTime: 2,
  member: 0.5,
} as const;

export interface TeamAssessment {
  readonly size: number;
  readonly uncoveredSeats: number;
  readonly missingRequiredDirections: number;
  readonly directionsRepresented: number;
  /** Missing required directions plus directions missing to reach the minimum. */
  readonly directionShortfall: number;
  /** Sum over pairs of members of their distance in the collaboration graph. */
  readonly communicationCost: number;
  /** Sum of the members' shares of time already committed. */
  readonly committedTime: number;
  /** Communication cost + committed time and size weights: what the benchmark's gap compares. */
  readonly softCost: number;
  readonly objective: number;
}

export interface ObjectiveParts {
  readonly uncoveredSeats: number;
  readonly directionShortfall: number;
  readonly softCost: number;
}

export function objectiveOf(parts: ObjectiveParts): number {
  return parts.uncoveredSeats * OBJECTIVE_WEIGHTS.uncoveredSeat + parts.directionShortfall * OBJECTIVE_WEIGHTS.directionShortfall + parts.softCost;
}

export function directionShortfall(missingRequired: number, represented: number, minDirections: number): number {
  return missingRequired + Math.max(0, minDirections - represented);
}

/** Unary part of the soft cost: what one member costs before any pair. */
export function memberCost(candidate: Candidate): number {
  return OBJECTIVE_WEIGHTS.committedTime * clampShare(candidate.committedShare) + OBJECTIVE_WEIGHTS.member;
}

export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/** The reference evaluation, straight from the definition; the solvers' incremental one must agree. */
export function assessTeam(request: NormalizedTeamRequest, members: readonly Candidate[], graph: CollaborationGraph): TeamAssessment {
  const holders = request.requirements.map(() => 0);
  const directions = new Set<string>();
  let communicationCost = 0;
  let committedTime = 0;
  let unary = 0;
  members.forEach((member, i) => {
    const mask = requirementMask(request, member.skills);
    holders.forEach((_, r) => (holders[r] += (mask >> r) & 1));
    directions.add(member.directionId);
    committedTime += clampShare(member.committedShare);
    unary += memberCost(member);
    for (let j = 0; j < i; j++) communicationCost += boundedDistance(graph, member, members[j]);
  });
  const uncoveredSeats = request.requirements.reduce((sum, r, i) => sum + Math.max(0, r.count - holders[i]), 0);
  const missingRequiredDirections = request.requiredDirectionIds.filter((d) => !directions.has(d)).length;
  const shortfall = directionShortfall(missingRequiredDirections, directions.size, request.minDirections);
  const softCost = communicationCost + unary;
  return {
    size: members.length,
    uncoveredSeats,
    missingRequiredDirections,
    directionsRepresented: directions.size,
    directionShortfall: shortfall,
    communicationCost,
    committedTime,
    softCost,
    objective: objectiveOf({ uncoveredSeats, directionShortfall: shortfall, softCost }),
  };
}
