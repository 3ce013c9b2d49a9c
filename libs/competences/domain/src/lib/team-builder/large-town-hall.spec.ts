import { proposeTeams } from './propose-teams';
import { POOL_CAP } from './pool-cap';
import { memberIds, person } from './team-builder.test-kit';

/** 900 people holding the common skill, spread over 30 directions of 6 units each. */
const crowd = Array.from({ length: 900 }, (_, i) => person(`p${String(i).padStart(3, '0')}`, `d${i % 30}`, `d${i % 30}-u${i % 6}`, { common: 'maitrise' }));
const request = {
  requirements: [
    { skillId: 'common', minLevel: 'pratique' as const, count: 1 },
    { skillId: 'cartes', minLevel: 'pratique' as const, count: 1 },
    { skillId: 'droit', minLevel: 'pratique' as const, count: 1 },
  ],
  maxSize: 4,
  minDirections: 1,
};

describe('proposeTeams on a large town hall', () => {
  // Ines and Jules work in d3-u3, with 30 people of the crowd; Fabien holds law far away.
  const ines = person('ines', 'd3', 'd3-u3', { cartes: 'expertise' });
  const jules = person('jules', 'd3', 'd3-u3', { droit: 'pratique' });
  const far = person('fabien', 'd9', 'd9-u3', { droit: 'expertise' });
  const everyone = [...crowd, ines, jules, far];

  it('searches a capped pool, not everyone', () => {
    const result = proposeTeams(request, everyone);

    expect(result.eligibleCount).toBe(903);
    expect(result.poolSize).toBeLessThan(150);
    expect(everyone.length).toBeGreaterThan(POOL_CAP.uncappedUpTo);
  });

  it('still finds the colleagues of one unit who together cover everything', () => {
    const [first] = proposeTeams(request, everyone).proposals;

    // A colleague of theirs brings the common skill: every pair at distance 1.
    expect(first.uncovered).toEqual([]);
    expect(first.members.map((m) => m.unitId)).toEqual(['d3-u3', 'd3-u3', 'd3-u3']);
    expect(memberIds(first)).toEqual(expect.arrayContaining(['ines', 'jules']));
  });

  it('gives the same proposals whatever the order of the candidates', () => {
    expect(proposeTeams(request, [...everyone].reverse())).toEqual(proposeTeams(request, everyone));
  });
});
