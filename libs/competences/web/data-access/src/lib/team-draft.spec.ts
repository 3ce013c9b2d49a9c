import { directionsNote, hasErrors, TeamDraft, teamDraftErrors, teamRequestOf } from './team-draft';

const lead = { id: 'a-lead', displayName: 'Claire Martin', postTitle: 'Cheffe de service' };
const draft: TeamDraft = {
  title: '  Dématérialisation  ',
  requirements: [
    { key: 1, skill: { skillId: 'paie', label: 'Paie' }, minLevel: 'pratique', count: 1 },
    { key: 2, skill: { skillId: 'developpement-web', label: 'Développement web' }, minLevel: 'maitrise', count: 2 },
  ],
  maxSize: 6,
  requiredDirectionIds: ['d-dlsi', 'd-drh', 'd-com'],
  fixedMembers: [lead],
  excluded: [],
};

describe('teamDraftErrors', () => {
  it('accepts a complete request', () => {
    expect(teamDraftErrors(draft)).toEqual({});
  });

  it('asks for at least one skill, each chosen from the list and asked once', () => {
    expect(teamDraftErrors({ ...draft, requirements: [] }).requirements).toBe('Indiquez au moins une compétence recherchée.');
    const rows = teamDraftErrors({
      ...draft,
      requirements: [
        { key: 1, skill: null, minLevel: 'notions', count: 1 },
        { key: 2, skill: { skillId: 'paie', label: 'Paie' }, minLevel: 'notions', count: 1 },
        { key: 3, skill: { skillId: 'paie', label: 'Paie' }, minLevel: 'expertise', count: Number.NaN },
      ],
    }).rows;
    expect(rows?.[1]?.skill).toBe('Choisissez une compétence dans la liste.');
    expect(rows?.[2]).toBeUndefined();
    expect(rows?.[3]).toEqual({ skill: '« Paie » est déjà demandée plus haut.', count: 'Indiquez un nombre de personnes de 1 à 10.' });
  });

  it('keeps the team within 2 to 25 people, with room for the people and directions asked for', () => {
    expect(teamDraftErrors({ ...draft, maxSize: 1 }).maxSize).toBe('La taille de l’équipe va de 2 à 25 personnes.');
    expect(teamDraftErrors({ ...draft, maxSize: 2.5 }).maxSize).toBeDefined();
    const tight = teamDraftErrors({ ...draft, maxSize: 2 });
    expect(tight.directions).toBe('Plus de directions demandées que de places dans l’équipe.');
    expect(hasErrors(tight)).toBe(true);
  });
});

describe('teamRequestOf', () => {
  it('trims the title, keeps the project lead first and drops a fixed member from the exclusions', () => {
    const other = { id: 'a-2', displayName: 'Paul Durand', postTitle: 'Développeur' };
    const request = teamRequestOf({ ...draft, fixedMembers: [lead, other], excluded: [other, { id: 'a-3', displayName: 'X' }] });
    expect(request).toEqual({
      title: 'Dématérialisation',
      requirements: [
        { skillId: 'paie', minLevel: 'pratique', count: 1 },
        { skillId: 'developpement-web', minLevel: 'maitrise', count: 2 },
      ],
      maxSize: 6,
      requiredDirectionIds: ['d-dlsi', 'd-drh', 'd-com'],
      fixedMemberIds: ['a-lead', 'a-2'],
      excludedIds: ['a-3'],
    });
  });

  it('sends no title when none was typed (the server names the set)', () => {
    expect('title' in teamRequestOf({ ...draft, title: '   ' })).toBe(false);
  });
});

describe('directionsNote', () => {
  it('says that a transversal project spans at least two directions', () => {
    expect(directionsNote(0)).toContain('au moins deux');
    expect(directionsNote(1)).toContain('Une seule direction imposée');
    expect(directionsNote(3)).toBe('3 directions imposées : chaque proposition cherche à les associer toutes.');
  });
});
