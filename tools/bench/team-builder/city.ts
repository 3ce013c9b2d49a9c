import { Candidate, SkillLevel, TeamLabels } from '@maillage/competences/domain';
import { Rng, prefixSums } from './rng';

export const CITY_AGENTS = 50_000;
export const SKILL_COUNT = 150;
const DIRECTION_COUNT = 63;
const SPECIALTIES_PER_DIRECTION = 12;

export interface City {
  readonly candidates: readonly Candidate[];
  readonly directionIds: readonly string[];
  readonly unitParents: ReadonlyMap<string, string | null>;
  readonly labels: TeamLabels;
  /** Skill ids by decreasing popularity. */
  readonly skillIds: readonly string[];
  readonly popularity: readonly number[];
  readonly unitCount: number;
}

const LEVELS: readonly SkillLevel[] = ['notions', 'pratique', 'maitrise', 'expertise'];
const LEVEL_WEIGHTS = prefixSums([20, 35, 30, 15]);

interface Org {
  readonly directionIds: readonly string[];
  readonly directionWeights: readonly number[];
  /** Per direction, its services and teams (agents belong to either). */
  readonly unitsOf: ReadonlyMap<string, readonly string[]>;
  readonly unitParents: Map<string, string | null>;
}

/**
 * The shape of the seed's 50,000-agent town hall (63 directions, ~5,000 services and teams,
 * ~10 people per unit), synthesised here so the benchmark stands alone: each direction has
 * 6–18 services of 2–8 teams, and a size between 0.5 and 2 times the average.
 */
function synthesiseOrg(rng: Rng): Org {
  const directionIds = Array.from({ length: DIRECTION_COUNT }, (_, d) => `dir-${String(d).padStart(2, '0')}`);
  const unitParents = new Map<string, string | null>();
  const unitsOf = new Map<string, string[]>();
  for (const direction of directionIds) {
    unitParents.set(direction, null);
    const units: string[] = [];
    for (let s = rng.int(6, 18); s > 0; s--) {
      const service = `${direction}-s${s}`;
      unitParents.set(service, direction);
      units.push(service);
      for (let t = rng.int(2, 8); t > 0; t--) {
        unitParents.set(`${service}-t${t}`, service);
        units.push(`${service}-t${t}`);
      }
    }
    unitsOf.set(direction, units);
  }
  return { directionIds, directionWeights: directionIds.map(() => 0.5 + rng.next() * 1.5), unitsOf, unitParents };
}

/**
 * A 50,000-agent town hall with synthetic skills: 150 skills of long-tail popularity (Zipf,
 * exponent 1), each agent holding 2–8, half drawn from their direction's 12 specialties (a
 * direction's people share trades) and half from the whole town hall; 5 % declared without a
 * level, the others notions 20 %, pratique 35 %, maîtrise 30 %, expertise 15 %. Commitments
 * are 0, as they will be until projects exist.
 */
export function buildCity(seed = 2026): City {
  const rng = new Rng(seed);
  const org = synthesiseOrg(rng);
  const { directionIds } = org;
  const directionChoice = prefixSums(org.directionWeights);
  const skillIds = Array.from({ length: SKILL_COUNT }, (_, k) => `skill-${String(k).padStart(3, '0')}`);
  const popularity = skillIds.map((_, k) => 1 / (k + 1));
  const cumulative = prefixSums(popularity);
  const specialties = new Map(directionIds.map((d) => [d, Array.from({ length: SPECIALTIES_PER_DIRECTION }, () => rng.int(0, SKILL_COUNT - 1))]));
  const candidates: Candidate[] = Array.from({ length: CITY_AGENTS }, (_, i) => {
    const directionId = directionIds[rng.weighted(directionChoice)];
    const unitId = rng.pick(org.unitsOf.get(directionId) ?? [directionId]);
    const skills = new Map<string, SkillLevel | null>();
    for (let k = rng.int(2, 8); k > 0; k--) {
      const skill = rng.chance(0.5) ? rng.pick(specialties.get(directionId) ?? [0]) : rng.weighted(cumulative);
      skills.set(skillIds[skill], rng.chance(0.05) ? null : LEVELS[rng.weighted(LEVEL_WEIGHTS)]);
    }
    return { agentId: `agent-${String(i).padStart(5, '0')}`, directionId, unitId, skills, committedShare: 0 };
  });
  return {
    candidates,
    directionIds,
    unitParents: org.unitParents,
    labels: {
      skillNames: new Map(skillIds.map((id, k) => [id, `Compétence ${k + 1}`])),
      directionNames: new Map(directionIds.map((id, d) => [id, `Direction n° ${d + 1}`])),
    },
    skillIds,
    popularity,
    unitCount: org.unitParents.size,
  };
}
