import type { SkillMatch } from '@maillage/competences/contracts';
import { matchGroups } from './match-groups';
import { resultCountLabel } from './result-count-label';
import { skillSearchFromUrl, skillSearchToUrl } from './search-url';

const reader = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const match = (agentId: string, band: 1 | 2 | 3): SkillMatch => ({
  agentId, displayName: agentId, postTitle: '', unitName: null, directionName: null, band, skills: [],
});

describe('skill search address', () => {
  it('reads words, direction, minimal level and page, dropping what the API would refuse', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(skillSearchFromUrl(reader({ q: 'paie', direction: id, niveau: 'maitrise', page: '2' }))).toEqual({
      q: 'paie', page: 2, filters: { directionId: id, minLevel: 'maitrise' },
    });
    expect(skillSearchFromUrl(reader({ direction: 'DRH', niveau: 'expert', page: '-3' }))).toEqual({
      q: '', page: 1, filters: { directionId: null, minLevel: null },
    });
  });

  it('writes a clean address for a first page without filters', () => {
    expect(skillSearchToUrl({ q: '', page: 1, filters: { directionId: null, minLevel: null } })).toEqual({ q: null, direction: null, niveau: null, page: null });
  });
});

describe('resultCountLabel', () => {
  const result = (total: number) => ({ items: [], total, page: 1, pageSize: 20 });

  it('announces the number of agents found, in French', () => {
    expect(resultCountLabel({ status: 'loaded', q: 'paie', filtered: false, result: result(1234) })).toMatch(/^1\s234 agents trouvés pour «\u202fpaie\u202f»\.$/);
    expect(resultCountLabel({ status: 'loaded', q: 'SIG', filtered: true, result: result(1) })).toBe('1 agent trouvé pour «\u202fSIG\u202f» avec ces filtres.');
  });

  it('says nothing before a search, and says so when nobody shares a matching skill', () => {
    expect(resultCountLabel({ status: 'idle', q: '', filtered: false, result: null })).toBe('');
    expect(resultCountLabel({ status: 'loaded', q: 'zzz', filtered: false, result: result(0) })).toContain('Aucun agent ne partage avec vous');
    expect(resultCountLabel({ status: 'error', q: 'x', filtered: false, result: null })).toContain('n’a pas abouti');
  });
});

describe('matchGroups', () => {
  it('groups by how the skill matched, keeping the server’s alphabetical order, with neutral headings', () => {
    const groups = matchGroups([match('Anne', 1), match('Zoé', 1), match('Bruno', 2), match('Alain', 3)]);
    expect(groups.map((group) => group.heading)).toEqual(['Correspondance exacte', 'Compétences proches']);
    expect(groups[1].matches.map((m) => m.agentId)).toEqual(['Bruno', 'Alain']);
    expect(matchGroups([match('Bruno', 2)]).map((group) => group.heading)).toEqual(['Compétences proches']);
  });
});
