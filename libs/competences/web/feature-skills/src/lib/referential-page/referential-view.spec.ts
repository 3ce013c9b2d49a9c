import type { SkillHistoryEntry, SkillSummary } from '@maillage/competences/contracts';
import { historyLine, whenOf } from './history-lines';
import { countLabel, domainsOf, groupByDomain, synonymsOf } from './referential-view';

const skill = (skillId: string, label: string, domain: string, synonyms: string[] = []): SkillSummary => ({ skillId, label, domain, synonyms, mergedInto: null, version: 0 });
const SKILLS = [
  skill('paie', 'Paie', 'Ressources humaines'),
  skill('sig', 'SIG', 'Numérique et SI', ['système d’information géographique']),
  skill('elagage', 'Élagage', 'Espaces verts'),
  skill('cartographie', 'Cartographie', 'Numérique et SI'),
];

describe('the referential page, grouped by domain', () => {
  it('groups skills by domain, both in French alphabetical order', () => {
    expect(groupByDomain(SKILLS, '').map((g) => [g.domain, g.skills.map((s) => s.label)])).toEqual([
      ['Espaces verts', ['Élagage']],
      ['Numérique et SI', ['Cartographie', 'SIG']],
      ['Ressources humaines', ['Paie']],
    ]);
    expect(domainsOf(SKILLS)).toEqual(['Espaces verts', 'Numérique et SI', 'Ressources humaines']);
  });

  it('filters on label, synonym or domain, accents ignored, and says how many remain', () => {
    expect(groupByDomain(SKILLS, 'geographique').flatMap((g) => g.skills.map((s) => s.skillId))).toEqual(['sig']);
    expect(groupByDomain(SKILLS, 'elagage').flatMap((g) => g.skills.map((s) => s.skillId))).toEqual(['elagage']);
    expect(countLabel(groupByDomain(SKILLS, 'numérique'), 'numérique')).toBe('2 compétences pour « numérique ».');
    expect(countLabel(groupByDomain(SKILLS, 'zzz'), 'zzz')).toBe('Aucune compétence pour « zzz ».');
  });

  it('reads comma-separated synonyms without blanks or repeats', () => {
    expect(synonymsOf(' GED, archivage ;GED,, ')).toEqual(['GED', 'archivage']);
  });
});

describe('history lines', () => {
  const at = { occurredAt: '2026-12-01T09:05:00.000Z', actor: 'Claire Admin' };
  const merge: SkillHistoryEntry = { ...at, type: 'SkillsMerged', data: { skillId: 'carto', skillLabel: 'Carto', intoSkillId: 'sig', intoLabel: 'SIG' } };

  it('words a merge from each side', () => {
    expect(historyLine(merge, 'carto')).toBe('Fusionnée dans « SIG » : les déclarations des agents y sont reportées.');
    expect(historyLine(merge, 'sig')).toBe('« Carto » a été fusionnée dans cette compétence : ses déclarations y sont reportées.');
  });

  it('words a rename and dates it in French, in Paris time', () => {
    expect(historyLine({ ...at, type: 'SkillRenamed', data: { from: 'Carto', to: 'Cartographie' } }, 'carto')).toBe('Renommée : « Carto » devient « Cartographie ».');
    expect(whenOf(at.occurredAt)).toBe('1er décembre 2026 à 10:05');
  });
});
