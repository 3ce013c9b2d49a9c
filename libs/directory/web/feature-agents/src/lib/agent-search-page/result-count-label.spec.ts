import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import type { Page } from '@maillage/shared/contracts';
import { resultCountLabel } from './result-count-label';

const page = (total: number): Page<AgentDirectoryEntry> => ({ items: [], total, page: 1, pageSize: 20 });

describe('resultCountLabel', () => {
  it('counts the whole directory when nothing is typed', () => {
    expect(resultCountLabel({ status: 'loaded', filtered: false, q: '', result: page(1234) })).toBe(
      "1\u202f234 agents dans l'annuaire.",
    );
  });

  it('agrees in number with the count', () => {
    expect(resultCountLabel({ status: 'loaded', filtered: false, q: 'dupont', result: page(1) })).toBe(
      '1 agent trouvé pour «\u00a0dupont\u00a0».',
    );
    expect(resultCountLabel({ status: 'loaded', filtered: false, q: 'dupont', result: page(3) })).toBe(
      '3 agents trouvés pour «\u00a0dupont\u00a0».',
    );
  });

  it('says when nobody matches', () => {
    expect(resultCountLabel({ status: 'loaded', filtered: false, q: 'zz', result: page(0) })).toBe(
      'Aucun agent ne correspond à «\u00a0zz\u00a0».',
    );
  });

  it('keeps the previous sentence while the next search runs', () => {
    expect(resultCountLabel({ status: 'loading', filtered: false, q: 'dupont', result: page(3) })).toBe(
      '3 agents trouvés pour «\u00a0dupont\u00a0».',
    );
    expect(resultCountLabel({ status: 'loading', filtered: false, q: '', result: null })).toBe('');
  });

  it('reports a failed search', () => {
    expect(resultCountLabel({ status: 'error', filtered: false, q: 'dupont', result: null })).toContain("n'a pas abouti");
  });

  it('says the filters narrowed the result', () => {
    expect(resultCountLabel({ status: 'loaded', filtered: true, q: '', result: page(16) })).toBe('16 agents correspondent à ces filtres.');
    expect(resultCountLabel({ status: 'loaded', filtered: true, q: '', result: page(1) })).toBe('1 agent correspond à ces filtres.');
    expect(resultCountLabel({ status: 'loaded', filtered: true, q: 'paie', result: page(2) })).toBe(
      '2 agents trouvés pour «\u00a0paie\u00a0» avec ces filtres.',
    );
    expect(resultCountLabel({ status: 'loaded', filtered: true, q: '', result: page(0) })).toBe('Aucun agent ne correspond à ces filtres.');
  });
});
