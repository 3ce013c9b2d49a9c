import { Candidate, CollaborationGraph, SkillLevel, TeamRequest, composeGraphs, orgProximity, pastProjectsGraph } from '@maillage/competences/domain';
import { Rng, prefixSums } from './rng';

export interface SmallInstance {
  readonly request: TeamRequest;
  readonly candidates: readonly Candidate[];
  readonly graph: CollaborationGraph;
  readonly graphKind: 'org' | 'org+tree' | 'org+past-projects';
}

const LEVELS: readonly SkillLevel[] = ['notions', 'pratique', 'maitrise', 'expertise'];
const LEVEL_WEIGHTS = prefixSums([20, 35, 30, 15]);

/**
 * Small enough for the exact solver: 12–25 candidates over 3–6 directions (2–3 services of
 * 1–2 teams each), 6–10 skills with 1–4 per person, 2–4 requirements and at most 6 seats,
 * a team of the seats plus 0–2 (at most 8). Half have a fixed lead, some exclusions, some
 * required directions, 40 % of people with time already committed; a third use the unit tree,
 * a third add past projects together, so every part of the objective is exercised.
 */
export interface InstanceSize {
  readonly skills?: readonly [number, number];
  readonly minCandidates: number;
  readonly maxCandidates: number;
  readonly maxSeats: number;
  readonly maxTeam: number;
}

/** What the issue asks: small enough for the exact solver (≤ 25 candidates, ≤ 6 seats). */
export const SMALL: InstanceSize = { minCandidates: 12, maxCandidates: 25, maxSeats: 6, maxTeam: 8 };
/** Beyond the heuristic's 24 starts, so that they no longer cover every candidate. */
export const MEDIUM: InstanceSize = { minCandidates: 30, maxCandidates: 40, maxSeats: 8, maxTeam: 10 };
/** Dense: few skills, so nearly everyone holds a required one and the pool is the whole instance. */
export const DENSE: InstanceSize = { skills: [5, 6], minCandidates: 36, maxCandidates: 40, maxSeats: 8, maxTeam: 10 };

export function smallInstance(seed: number, size: InstanceSize = SMALL): SmallInstance {
  const rng = new Rng(seed);
  const directions = rng.int(3, 6);
  const skills = rng.int(...(size.skills ?? [6, 10]));
  const parents = new Map<string, string | null>();
  const units: { unitId: string; directionId: string }[] = [];
  for (let d = 0; d < directions; d++) {
    parents.set(`d${d}`, null);
    for (let s = rng.int(2, 3); s > 0; s--) {
      const service = `d${d}-s${s}`;
      parents.set(service, `d${d}`);
      units.push({ unitId: service, directionId: `d${d}` });
      for (let t = rng.int(0, 2); t > 0; t--) {
        parents.set(`${service}-t${t}`, service);
        units.push({ unitId: `${service}-t${t}`, directionId: `d${d}` });
      }
    }
  }
  const candidates: Candidate[] = Array.from({ length: rng.int(size.minCandidates, size.maxCandidates) }, (_, i) => {
    const unit = rng.pick(units);
    const held = new Map<string, SkillLevel>();
    for (let k = rng.int(1, 4); k > 0; k--) held.set(`s${rng.int(0, skills - 1)}`, LEVELS[rng.weighted(LEVEL_WEIGHTS)]);
    const committedShare = rng.chance(0.4) ? rng.int(1, 8) / 10 : 0;
    return { agentId: `a${String(i).padStart(2, '0')}`, ...unit, skills: held, committedShare };
  });
  const wanted = rng.shuffled(Array.from({ length: skills }, (_, s) => `s${s}`)).slice(0, rng.int(2, size.maxSeats > 6 ? 5 : 4));
  let seats = 0;
  const requirements = wanted.map((skillId, r) => {
    const roomForTwo = seats + 2 + (wanted.length - r - 1) <= size.maxSeats;
    const count = roomForTwo && rng.chance(0.35) ? 2 : 1;
    seats += count;
    return { skillId, minLevel: LEVELS[rng.int(0, 2)], count };
  });
  const lead = rng.chance(0.5) ? [rng.pick(candidates).agentId] : [];
  const excluded = candidates.filter((c) => !lead.includes(c.agentId) && rng.chance(0.06)).map((c) => c.agentId);
  const requiredDirectionIds = rng.chance(0.4) ? [`d${rng.int(0, directions - 1)}`] : [];
  const kind = rng.pick(['org', 'org+tree', 'org+past-projects'] as const);
  const graph =
    kind === 'org'
      ? orgProximity()
      : kind === 'org+tree'
        ? orgProximity(parents)
        : composeGraphs(
            orgProximity(),
            pastProjectsGraph(
              Array.from({ length: rng.int(3, 12) }, () => ({
                agentIds: [rng.pick(candidates).agentId, rng.pick(candidates).agentId] as const,
                projects: rng.int(1, 3),
              })),
            ),
          );
  return {
    candidates,
    graph,
    graphKind: kind,
    request: { requirements, maxSize: Math.min(size.maxTeam, seats + rng.int(0, 2)), requiredDirectionIds, fixedMemberIds: lead, excludedIds: excluded },
  };
}
