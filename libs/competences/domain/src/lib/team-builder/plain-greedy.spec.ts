import { proposePlainGreedyTeam } from './plain-greedy';
import { everyone, memberIds, sigConcertationJuridique } from './team-builder.test-kit';

describe('proposePlainGreedyTeam (the benchmark’s baseline)', () => {
  it('takes the first holders in input order, requirement by requirement', () => {
    const team = proposePlainGreedyTeam(sigConcertationJuridique, everyone);

    expect(memberIds(team)).toEqual(['lea', 'nadia', 'paul']);
  });

  it('is blind to directions', () => {
    const team = proposePlainGreedyTeam({ requirements: [{ skillId: 'sig', minLevel: 'pratique', count: 2 }], maxSize: 2 }, everyone);

    expect(team.directionIds).toEqual(['urba']);
    expect(team.assessment.directionShortfall).toBe(1);
  });
});
