import { levelFromValue, levelLabel, levelPhrase, scopeFromValue, scopeSentence } from './skill-labels';
import { committedLabel, missingLabel, proximityOf, shortName } from './team-labels';

describe('skill labels', () => {
  it('says exactly who sees a skill for each sharing scope', () => {
    expect(scopeSentence('hidden')).toBe('Seul(e) vous voyez cette compétence.');
    expect(scopeSentence('staffing')).toBe('Elle sert uniquement à proposer des équipes pour des projets ; elle n’apparaît pas dans l’annuaire.');
    expect(scopeSentence('hierarchy')).toBe('Votre responsable et sa hiérarchie la voient.');
    expect(scopeSentence('everyone')).toBe('Tous les agents la voient.');
  });

  it('names a missing level instead of leaving a blank', () => {
    expect(levelLabel(null)).toBe('Non précisé');
    expect(levelLabel('maitrise')).toBe('Maîtrise');
    expect(levelPhrase(null)).toBe('niveau non précisé');
  });

  it('reads form values back, falling back to no level and to the private scope', () => {
    expect(levelFromValue('expertise')).toBe('expertise');
    expect(levelFromValue('')).toBeNull();
    expect(scopeFromValue('everyone')).toBe('everyone');
    expect(scopeFromValue('bogus')).toBe('hidden');
  });
});

describe('team labels', () => {
  it('formats the time already committed as a French percentage', () => {
    expect(committedLabel(0)).toBe('Aucun temps déjà engagé sur d’autres projets.');
    expect(committedLabel(0.3)).toMatch(/^Temps déjà engagé sur d’autres projets : 30[\u00a0\u202f]%\.$/);
  });

  it('tells the proximity from the mean distance per pair, with the figures in words', () => {
    // 4 people, 6 pairs: all in one unit.
    expect(proximityOf(6, 4).level).toBe('forte');
    expect(proximityOf(12, 4).level).toBe('moyenne');
    const far = proximityOf(42, 6);
    expect(far.level).toBe('faible');
    expect(far.figures).toBe(
      'Coût de communication : 42, soit 2,8 en moyenne entre deux membres (1 : même unité, 2 : même direction, 3 : directions différentes ; plus c’est bas, plus c’est proche).',
    );
  });

  it('does not call a team of one distant', () => {
    expect(proximityOf(0, 1)).toMatchObject({ level: 'forte', figures: 'Coût de communication : 0.' });
  });

  it('shortens names for the graph and counts missing people', () => {
    expect(shortName('Julie Martin-Durand')).toBe('Julie M.');
    expect(shortName('Jean Pierre Dupont')).toBe('Jean D.');
    expect(shortName('Zoé')).toBe('Zoé');
    expect(missingLabel(1)).toBe('1 personne manquante');
    expect(missingLabel(2)).toBe('2 personnes manquantes');
  });
});
