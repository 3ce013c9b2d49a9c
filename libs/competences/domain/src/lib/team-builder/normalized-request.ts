import { DomainError } from '@maillage/shared/kernel';
import { SKILL_LEVELS, SkillLevel } from '../agent-skills';
import { SkillRequirement, TeamRequest } from './team-request';

/**
 * 25 keeps the objective lexicographic: the worst communication cost of a team this size
 * (300 pairs at distance 3, plus commitments) stays under one missing direction's weight.
 */
export const MAX_TEAM_SIZE = 25;
/** Requirements are handled as bits of a 32-bit mask when the pool is built. */
export const MAX_REQUIREMENTS = 30;
export const MAX_ALTERNATIVES = 5;

export interface NormalizedTeamRequest {
  readonly requirements: readonly SkillRequirement[];
  /** Level of each requirement as a rank, 1 (notions) to 4 (expertise). */
  readonly minRanks: readonly number[];
  readonly maxSize: number;
  readonly requiredDirectionIds: readonly string[];
  readonly minDirections: number;
  readonly fixedMemberIds: readonly string[];
  readonly excludedIds: ReadonlySet<string>;
  readonly alternatives: number;
}

const invalid = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('COMPETENCES.TEAM_REQUEST_INVALID', 'invalid', message, details);

const isIntegerIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

const RANKS: Readonly<Record<SkillLevel, number>> = { notions: 1, pratique: 2, maitrise: 3, expertise: 4 };

/** 1 (notions) to 4 (expertise); a skill declared without a level counts as notions. */
export function levelRank(level: SkillLevel | null): number {
  return level === null ? 1 : RANKS[level];
}

export function normalizeTeamRequest(request: TeamRequest): NormalizedTeamRequest {
  const { requirements, maxSize } = request;
  if (requirements.length === 0) throw invalid('Indiquez au moins une compétence recherchée.');
  if (requirements.length > MAX_REQUIREMENTS) throw invalid(`Au plus ${MAX_REQUIREMENTS} compétences par demande.`);
  const skillIds = new Set<string>();
  for (const requirement of requirements) {
    if (skillIds.has(requirement.skillId)) throw invalid('Chaque compétence ne figure qu’une fois.', { skillId: requirement.skillId });
    skillIds.add(requirement.skillId);
    if (!SKILL_LEVELS.includes(requirement.minLevel)) throw invalid('Niveau inconnu.', { skillId: requirement.skillId });
    if (!isIntegerIn(requirement.count, 1, MAX_TEAM_SIZE)) throw invalid('Nombre de personnes invalide.', { skillId: requirement.skillId });
  }
  if (!isIntegerIn(maxSize, 1, MAX_TEAM_SIZE)) throw invalid(`La taille de l’équipe va de 1 à ${MAX_TEAM_SIZE}.`);
  const fixedMemberIds = [...new Set(request.fixedMemberIds ?? [])];
  const excludedIds = new Set(request.excludedIds ?? []);
  if (fixedMemberIds.length > maxSize) throw invalid('Plus de membres désignés que de places dans l’équipe.');
  const both = fixedMemberIds.filter((id) => excludedIds.has(id));
  if (both.length > 0) throw invalid('Une personne ne peut être à la fois désignée et écartée.', { agentIds: both });
  const requiredDirectionIds = [...new Set(request.requiredDirectionIds ?? [])];
  // Also bounds the direction shortfall, which keeps the objective lexicographic.
  if (requiredDirectionIds.length > maxSize) throw invalid('Plus de directions demandées que de places dans l’équipe.');
  const minDirections = request.minDirections ?? 2;
  if (!isIntegerIn(minDirections, 0, MAX_TEAM_SIZE)) throw invalid('Nombre minimal de directions invalide.');
  const alternatives = request.alternatives ?? 3;
  if (!isIntegerIn(alternatives, 1, MAX_ALTERNATIVES)) throw invalid(`De 1 à ${MAX_ALTERNATIVES} équipes proposées.`);
  return {
    requirements,
    minRanks: requirements.map((r) => levelRank(r.minLevel)),
    maxSize,
    requiredDirectionIds,
    minDirections,
    fixedMemberIds,
    excludedIds,
    alternatives,
  };
}

/** Bit r set when the candidate holds requirement r at its minimum level or above. */
export function requirementMask(request: NormalizedTeamRequest, skills: ReadonlyMap<string, SkillLevel | null>): number {
  let mask = 0;
  const { requirements, minRanks } = request;
  for (let r = 0; r < requirements.length; r++) {
    const level = skills.get(requirements[r].skillId);
    if (level !== undefined && levelRank(level) >= minRanks[r]) mask |= 1 << r;
  }
  return mask;
}
