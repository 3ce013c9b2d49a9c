import { DomainError } from '@maillage/shared/kernel';
import { NormalizedTeamRequest, requirementMask } from './normalized-request';
import { Candidate } from './team-request';

/** Who may be in the team at all: the fixed members, and the people holding a required skill. */
export interface EligibleCandidates {
  readonly fixed: readonly Candidate[];
  /** Not fixed, not excluded, holding at least one required skill at its minimum level. */
  readonly holders: readonly Candidate[];
  /** Requirement bits of each holder, same order. */
  readonly masks: readonly number[];
  /** Per requirement, how many holders fill it. */
  readonly holding: readonly number[];
}

/**
 * One pass over everyone (50,000 map look-ups × requirements). Someone holding no required
 * skill is never proposed: a required direction with nobody holding a skill is reported as
 * missing, for that direction to appoint someone, rather than filled with a name picked at random.
 */
export function findEligible(request: NormalizedTeamRequest, candidates: readonly Candidate[]): EligibleCandidates {
  const fixedIds = new Set(request.fixedMemberIds);
  const fixedFound = new Map<string, Candidate>();
  const holders: Candidate[] = [];
  const masks: number[] = [];
  const holding = request.requirements.map(() => 0);
  for (const candidate of candidates) {
    if (fixedIds.has(candidate.agentId)) {
      fixedFound.set(candidate.agentId, candidate);
      continue;
    }
    if (request.excludedIds.has(candidate.agentId)) continue;
    const mask = requirementMask(request, candidate.skills);
    if (mask === 0) continue;
    holders.push(candidate);
    masks.push(mask);
    for (let bits = mask; bits !== 0; bits &= bits - 1) holding[lowestBit(bits)]++;
  }
  const unknown = request.fixedMemberIds.filter((id) => !fixedFound.has(id));
  if (unknown.length > 0) {
    throw new DomainError('COMPETENCES.TEAM_MEMBER_UNKNOWN', 'not_found', 'Un membre désigné est introuvable.', { agentIds: unknown });
  }
  return { fixed: request.fixedMemberIds.map((id) => fixedFound.get(id) as Candidate), holders, masks, holding };
}

/** Index of the lowest set bit of a non-zero mask. */
export const lowestBit = (mask: number): number => 31 - Math.clz32(mask & -mask);

export const compareAgentIds = (a: Candidate, b: Candidate): number => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);

/** Fixed members first, in the request's order, then the others by agent id: the same input always gives the same pool. */
export function orderedPool(eligible: EligibleCandidates, chosen: readonly Candidate[]): Candidate[] {
  return [...eligible.fixed, ...[...chosen].sort(compareAgentIds)];
}
