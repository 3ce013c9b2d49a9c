import { SkillLevel } from '../agent-skills';
import { Candidate, TeamRequest } from './team-request';

/** A candidate from a compact description: `person('ana', 'urba', 'urba-sig', { sig: 'maitrise' })`. */
export function person(agentId: string, directionId: string, unitId: string, skills: Record<string, SkillLevel | null>, committedShare = 0): Candidate {
  return { agentId, directionId, unitId, skills: new Map(Object.entries(skills)), committedShare };
}

/** mulberry32: reproducible instances. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: readonly SkillLevel[] = ['notions', 'pratique', 'maitrise', 'expertise'];

export interface Instance {
  readonly request: TeamRequest;
  readonly candidates: readonly Candidate[];
}

/** A small random instance the exact solver proves quickly: ≤ 20 candidates, ≤ 5 seats. */
export function smallInstance(seed: number): Instance {
  const next = seeded(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const directions = int(2, 5);
  const skills = int(4, 8);
  const candidates = Array.from({ length: int(8, 20) }, (_, i) => {
    const direction = int(0, directions - 1);
    const held: Record<string, SkillLevel> = {};
    for (let k = int(1, 3); k > 0; k--) held[`s${int(0, skills - 1)}`] = LEVELS[int(0, 3)];
    return person(`a${String(i).padStart(2, '0')}`, `d${direction}`, `d${direction}-u${int(0, 2)}`, held, next() < 0.3 ? int(1, 6) / 10 : 0);
  });
  const requirements = Array.from({ length: int(2, 4) }, (_, r) => ({ skillId: `s${r}`, minLevel: LEVELS[int(0, 2)], count: 1 }));
  if (next() < 0.5) requirements[0] = { ...requirements[0], count: 2 };
  const seats = requirements.reduce((sum, r) => sum + r.count, 0);
  return {
    candidates,
    request: {
      requirements,
      maxSize: seats + int(0, 1),
      requiredDirectionIds: next() < 0.4 ? [`d${int(0, directions - 1)}`] : [],
      fixedMemberIds: next() < 0.4 ? [candidates[0].agentId] : [],
      excludedIds: next() < 0.3 ? [candidates[1].agentId] : [],
    },
  };
}

/**
 * A small mairie for hand-made cases. Directions: urba, env, dsi, fin. Omar alone brings SIG
 * and concertation; Sami brings juridique from another direction: together they are the
 * cheapest covering team for `sigConcertationJuridique`.
 */
export const town = {
  lea: person('lea', 'urba', 'urba-sig', { sig: 'maitrise', projet: 'pratique' }),
  marc: person('marc', 'urba', 'urba-sig', { sig: 'pratique' }),
  nadia: person('nadia', 'urba', 'urba-plan', { concertation: 'expertise' }),
  omar: person('omar', 'env', 'env-eau', { sig: 'expertise', concertation: 'pratique' }),
  paul: person('paul', 'env', 'env-eau', { juridique: 'maitrise' }),
  rose: person('rose', 'dsi', 'dsi-data', { sig: 'maitrise', donnees: 'expertise' }),
  sami: person('sami', 'fin', 'fin-budget', { budget: 'expertise', juridique: 'pratique' }),
  tina: person('tina', 'fin', 'fin-budget', { budget: 'pratique' }, 0.2),
};

export const everyone: readonly Candidate[] = Object.values(town);

export const labels = {
  skillNames: new Map([
    ['sig', 'SIG'],
    ['projet', 'conduite de projet'],
    ['concertation', 'concertation'],
    ['juridique', 'droit public'],
    ['budget', 'budget'],
    ['donnees', 'données'],
  ]),
  directionNames: new Map([
    ['urba', 'Direction de l’Urbanisme'],
    ['env', 'Direction de l’Environnement'],
    ['dsi', 'DLSI'],
    ['fin', 'Direction des Finances'],
  ]),
};

export const sigConcertationJuridique: TeamRequest = {
  requirements: [
    { skillId: 'sig', minLevel: 'maitrise', count: 1 },
    { skillId: 'concertation', minLevel: 'pratique', count: 1 },
    { skillId: 'juridique', minLevel: 'pratique', count: 1 },
  ],
  maxSize: 4,
};

export const memberIds = (proposal: { readonly members: readonly { readonly agentId: string }[] }): string[] =>
  proposal.members.map((m) => m.agentId).sort();
