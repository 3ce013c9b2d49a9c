import { findEligible } from './candidate-pool';
import { findOptimalTeam } from './find-optimal-team';
import { normalizeTeamRequest } from './normalized-request';
import { assessTeam } from './objective';
import { orgProximity } from './collaboration-graph';
import { proposeTeams } from './propose-teams';
import { Candidate, TeamRequest } from './team-request';
import { everyone, sigConcertationJuridique, smallInstance } from './team-builder.test-kit';

/** The optimum by trying every team: what branch and bound must match. */
function bruteForceOptimum(request: TeamRequest, candidates: readonly Candidate[]): number {
  const normalized = normalizeTeamRequest(request);
  const { fixed, holders } = findEligible(normalized, candidates);
  let best = Number.POSITIVE_INFINITY;
  const visit = (from: number, team: Candidate[]): void => {
    best = Math.min(best, assessTeam(normalized, team, orgProximity()).objective);
    if (team.length === normalized.maxSize) return;
    for (let k = from; k < holders.length; k++) visit(k + 1, [...team, holders[k]]);
  };
  visit(0, [...fixed]);
  return best;
}

const handMade: readonly [string, TeamRequest][] = [
  ['SIG, concertation and law', sigConcertationJuridique],
  ['the same with the DLSI required', { ...sigConcertationJuridique, requiredDirectionIds: ['dsi'] }],
  ['the same around a fixed lead', { ...sigConcertationJuridique, fixedMemberIds: ['lea'] }],
  ['the same without its obvious member', { ...sigConcertationJuridique, excludedIds: ['omar'] }],
  ['two budget people in one direction', { requirements: [{ skillId: 'budget', minLevel: 'pratique', count: 2 }], maxSize: 3 }],
  ['more seats than places', { requirements: [{ skillId: 'sig', minLevel: 'notions', count: 4 }], maxSize: 2 }],
];

describe('findOptimalTeam', () => {
  it.each(handMade)('agrees with trying every team: %s', (_, request) => {
    expect(findOptimalTeam(request, everyone).assessment.objective).toBeCloseTo(bruteForceOptimum(request, everyone), 9);
  });

  it('agrees with trying every team on 30 seeded random instances', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { request, candidates } = smallInstance(seed);

      expect(findOptimalTeam(request, candidates).assessment.objective).toBeCloseTo(bruteForceOptimum(request, candidates), 9);
    }
  });
});

describe('the heuristic against the optimum', () => {
  it.each(handMade)('finds the optimum on a hand-made case: %s', (_, request) => {
    expect(proposeTeams(request, everyone).proposals[0].assessment.objective).toBeCloseTo(findOptimalTeam(request, everyone).assessment.objective, 9);
  });

  it('never misses a seat or a direction the optimum gets, on 60 seeded random instances', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { request, candidates } = smallInstance(seed);

      const found = proposeTeams(request, candidates).proposals[0].assessment;
      const optimum = findOptimalTeam(request, candidates).assessment;

      expect([found.uncoveredSeats, found.directionShortfall]).toEqual([optimum.uncoveredSeats, optimum.directionShortfall]);
    }
  });
});
