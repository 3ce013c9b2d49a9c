import type { SkillSummary } from '@maillage/competences/contracts';
import type { SkillSearchState } from '@maillage/competences/web/data-access';
import { nearestSkills, wordsWithoutExactMatch } from './nearest-skills';

const skill = (skillId: string, label: string, mergedInto: string | null = null) =>
  ({ skillId, label, domain: 'Numérique et SI', synonyms: [], mergedInto, version: 1 }) as SkillSummary;
const state = (q: string, bands: number[], status: SkillSearchState['status'] = 'loaded'): SkillSearchState =>
  ({ status, q, filtered: false, result: { items: bands.map((band) => ({ band })), total: bands.length, page: 1, pageSize: 20 } }) as unknown as SkillSearchState;

describe('closest skills when nothing matches exactly', () => {
  it('asks for them when no result matches exactly, or there is no result at all', () => {
    expect(wordsWithoutExactMatch(state(' cartographe ', [2, 3]))).toBe('cartographe');
    expect(wordsWithoutExactMatch(state('SIGG', []))).toBe('SIGG');
  });

  it('does not when a skill matches exactly, while loading, or with nothing typed', () => {
    expect(wordsWithoutExactMatch(state('SIG', [1, 2]))).toBeNull();
    expect(wordsWithoutExactMatch(state('SIG', [], 'loading'))).toBeNull();
    expect(wordsWithoutExactMatch(state('  ', []))).toBeNull();
  });

  it('offers at most five, never the words typed nor a merged skill', () => {
    const found = nearestSkills(
      [skill('sig', 'SIG'), skill('carto', 'Cartographie', 'sig'), ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => skill(id, `Skill ${id}`))],
      'sig',
    );
    expect(found.map((s) => s.skillId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
