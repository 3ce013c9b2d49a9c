import { findEligible, orderedPool } from './candidate-pool';
import { orgProximity } from './collaboration-graph';
import { normalizeTeamRequest } from './normalized-request';
import { assessTeam } from './objective';
import { compileProblem } from './problem';
import { stateOf } from './team-state';
import { seeded, smallInstance, town } from './team-builder.test-kit';

describe('the objective', () => {
  it('charges each uncovered seat, each direction short, the distances between members and their committed time', () => {
    const request = normalizeTeamRequest({
      requirements: [
        { skillId: 'sig', minLevel: 'pratique', count: 1 },
        { skillId: 'concertation', minLevel: 'pratique', count: 1 },
      ],
      maxSize: 3,
      requiredDirectionIds: ['env'],
    });

    const assessment = assessTeam(request, [town.lea, town.marc, town.tina], orgProximity());

    // concertation missing; env missing, and only 2 directions out of 2: one short.
    // Pairs: lea–marc same unit 1, both to tina 3 + 3; members 3 × 0.5; tina 20 % committed: 2 × 0.2.
    expect(assessment).toMatchObject({ uncoveredSeats: 1, missingRequiredDirections: 1, directionShortfall: 1, communicationCost: 7 });
    expect(assessment.objective).toBeCloseTo(100_000 + 1_000 + 7 + 1.5 + 0.4, 9);
  });

  it('counts a team of one direction as one direction short of a transversal project', () => {
    const request = normalizeTeamRequest({ requirements: [{ skillId: 'sig', minLevel: 'notions', count: 2 }], maxSize: 2 });

    expect(assessTeam(request, [town.lea, town.marc], orgProximity()).directionShortfall).toBe(1);
  });

  it('is computed the same, incrementally, as from its definition, on random teams', () => {
    const next = seeded(99);
    for (let seed = 1; seed <= 20; seed++) {
      const { request, candidates } = smallInstance(seed);
      const normalized = normalizeTeamRequest(request);
      const pool = orderedPool(findEligible(normalized, candidates), findEligible(normalized, candidates).holders);
      const problem = compileProblem(normalized, pool, orgProximity());
      const members = pool.map((_, i) => i).filter(() => next() < 0.4);
      const state = stateOf(problem, members);
      const dropped = members.filter(() => next() < 0.5);
      dropped.forEach((i) => state.remove(i));

      const kept = members.filter((i) => !dropped.includes(i)).map((i) => pool[i]);
      expect(state.objective).toBeCloseTo(assessTeam(normalized, kept, orgProximity()).objective, 9);
    }
  });
});
