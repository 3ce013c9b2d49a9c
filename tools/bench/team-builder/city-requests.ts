import { SkillLevel, TeamRequest } from '@maillage/competences/domain';
import { City } from './city';
import { Rng, prefixSums } from './rng';

export const CITY_REQUESTS = 50;
export const WARM_UP_REQUESTS = 5;
export const REQUIRED_SKILLS = 8;

/**
 * Requests of 8 distinct skills: half drawn by popularity (what projects usually need), half
 * uniformly (so rare skills come up); minimum level notions 30 %, pratique 40 %, maîtrise 30 %;
 * 1 person per skill, 2 for a quarter; at most 12 people; a required direction half the time,
 * a fixed lead 60 % of the time, 0–3 people excluded.
 */
export function cityRequests(city: City, count: number, seed: number): TeamRequest[] {
  const rng = new Rng(seed);
  const cumulative = prefixSums(city.popularity);
  const levels = prefixSums([30, 40, 30]);
  const levelNames: readonly SkillLevel[] = ['notions', 'pratique', 'maitrise'];
  return Array.from({ length: count }, () => {
    const skills = new Set<string>();
    while (skills.size < REQUIRED_SKILLS) {
      skills.add(city.skillIds[skills.size % 2 === 0 ? rng.weighted(cumulative) : rng.int(0, city.skillIds.length - 1)]);
    }
    const pickAgent = (): string => rng.pick(city.candidates).agentId;
    const fixedMemberIds = rng.chance(0.6) ? [pickAgent()] : [];
    const excludedIds = Array.from({ length: rng.int(0, 3) }, pickAgent).filter((id) => !fixedMemberIds.includes(id));
    return {
      requirements: [...skills].map((skillId) => ({ skillId, minLevel: levelNames[rng.weighted(levels)], count: rng.chance(0.25) ? 2 : 1 })),
      maxSize: 12,
      requiredDirectionIds: rng.chance(0.5) ? [rng.pick(city.directionIds)] : [],
      fixedMemberIds,
      excludedIds,
    };
  });
}
