import { findOptimalTeam } from './find-optimal-team';
import { proposeTeams } from './propose-teams';
import { everyone, labels, memberIds, sigConcertationJuridique, town } from './team-builder.test-kit';

describe('proposeTeams', () => {
  it('covers every required skill when a covering team exists', () => {
    const [first] = proposeTeams(sigConcertationJuridique, everyone).proposals;

    expect(first.uncovered).toEqual([]);
    expect(first.coverage.every((c) => c.coveredBy.length >= c.seats)).toBe(true);
  });

  it('prefers one person bringing two required skills to two people bringing one each', () => {
    const [first] = proposeTeams(sigConcertationJuridique, everyone).proposals;

    expect(memberIds(first)).toEqual(['omar', 'sami']);
    expect(first.coverage.map((c) => c.coveredBy)).toEqual([['omar'], ['omar'], ['sami']]);
  });

  it('proposes the optimal team on a hand-made case', () => {
    const [first] = proposeTeams(sigConcertationJuridique, everyone).proposals;

    expect(first.assessment.objective).toBe(findOptimalTeam(sigConcertationJuridique, everyone).assessment.objective);
  });

  it('never proposes more people than the maximum team size, and says what is left uncovered', () => {
    const request = {
      requirements: [
        { skillId: 'sig', minLevel: 'pratique' as const, count: 3 },
        { skillId: 'budget', minLevel: 'pratique' as const, count: 2 },
      ],
      maxSize: 2,
    };

    const { proposals } = proposeTeams(request, everyone);

    expect(proposals.every((p) => p.members.length <= 2)).toBe(true);
    expect(proposals[0].uncovered.reduce((sum, c) => sum + c.missingSeats, 0)).toBe(3);
  });

  it('always includes the fixed members, even when they hold no required skill', () => {
    const { proposals } = proposeTeams({ ...sigConcertationJuridique, fixedMemberIds: ['tina'] }, everyone);

    for (const proposal of proposals) {
      expect(proposal.members.find((m) => m.agentId === 'tina')).toMatchObject({ fixed: true, committedShare: 0.2 });
    }
  });

  it('never proposes an excluded person', () => {
    const { proposals } = proposeTeams({ ...sigConcertationJuridique, excludedIds: ['omar'] }, everyone);

    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.flatMap(memberIds)).not.toContain('omar');
    expect(proposals[0].uncovered).toEqual([]);
  });

  it('brings in a required direction through someone there who holds a required skill', () => {
    const [first] = proposeTeams({ ...sigConcertationJuridique, requiredDirectionIds: ['dsi'] }, everyone).proposals;

    expect(first.directionIds).toContain('dsi');
    expect(first.missingRequiredDirectionIds).toEqual([]);
    expect(memberIds(first)).toContain('rose');
  });

  it('spans at least two directions, as a transversal project must', () => {
    const request = { requirements: [{ skillId: 'sig', minLevel: 'pratique' as const, count: 2 }], maxSize: 3 };

    const { proposals } = proposeTeams(request, everyone);

    expect(proposals.every((p) => p.directionIds.length >= 2)).toBe(true);
  });

  it('reports a skill nobody shares as uncovered, and why', () => {
    const request = { ...sigConcertationJuridique, requirements: [...sigConcertationJuridique.requirements, { skillId: 'paie', minLevel: 'notions' as const, count: 1 }] };

    const [first] = proposeTeams(request, everyone, { labels }).proposals;

    expect(first.uncovered.map((c) => [c.skillId, c.missingSeats])).toEqual([['paie', 1]]);
    expect(first.notes).toEqual([expect.stringContaining('personne ne partage cette compétence')]);
  });

  it('reports a required direction where nobody holds a required skill, for it to appoint someone', () => {
    const [first] = proposeTeams({ ...sigConcertationJuridique, requiredDirectionIds: ['police'] }, everyone).proposals;

    expect(first.missingRequiredDirectionIds).toEqual(['police']);
    expect(first.notes.join(' ')).toContain('peut désigner quelqu’un');
  });

  it('explains every member with the skills they bring, in French', () => {
    const [first] = proposeTeams(sigConcertationJuridique, everyone, { labels }).proposals;
    const omar = first.members.find((m) => m.agentId === 'omar');

    expect(omar?.explanation).toContain('SIG (niveau déclaré : expertise) et concertation (niveau déclaré : pratique)');
    expect(first.members.every((m) => m.explanation.length > 0)).toBe(true);
  });

  it('never ranks or scores people in its explanations', () => {
    const { proposals } = proposeTeams({ ...sigConcertationJuridique, fixedMemberIds: ['tina'] }, everyone, { labels });
    const explanations = proposals.flatMap((p) => p.members.map((m) => m.explanation)).join(' ');

    expect(explanations).not.toMatch(/meilleur|mieux|score|classement|rang|note|plus (compétent|expérimenté)|que les autres/i);
  });

  it('proposes three genuinely different teams', () => {
    const { proposals } = proposeTeams(sigConcertationJuridique, everyone);

    expect(proposals.map((p) => p.alternative)).toEqual([1, 2, 3]);
    expect(new Set(proposals.map((p) => memberIds(p).join(','))).size).toBe(3);
    expect(proposals[0].assessment.objective).toBeLessThanOrEqual(proposals[1].assessment.objective);
    expect(proposals[1].assessment.objective).toBeLessThanOrEqual(proposals[2].assessment.objective);
  });

  it('gives the same proposals for the same input, whatever the order of the candidates', () => {
    const request = { ...sigConcertationJuridique, fixedMemberIds: ['lea'] };

    const once = proposeTeams(request, everyone, { labels });
    const again = proposeTeams(request, [...everyone].reverse(), { labels });

    expect(again).toEqual(once);
  });

  it('shows each member’s time already committed', () => {
    const request = { requirements: [{ skillId: 'budget', minLevel: 'pratique' as const, count: 2 }], maxSize: 2, minDirections: 1 };

    const [first] = proposeTeams(request, everyone).proposals;
    const tina = first.members.find((m) => m.agentId === town.tina.agentId);

    expect(tina?.committedShare).toBe(0.2);
    expect(tina?.explanation).toContain('temps déjà engagé sur d’autres projets : 20\u202f%');
  });

  it('counts a member once per requirement, though they may fill several', () => {
    const request = {
      requirements: [
        { skillId: 'sig', minLevel: 'expertise' as const, count: 2 },
        { skillId: 'concertation', minLevel: 'pratique' as const, count: 1 },
      ],
      maxSize: 3,
      minDirections: 1,
    };

    const [first] = proposeTeams(request, everyone).proposals;

    expect(first.coverage.map((c) => [c.coveredBy, c.missingSeats])).toEqual([
      [['omar'], 1],
      [['omar'], 0],
    ]);
  });
});
