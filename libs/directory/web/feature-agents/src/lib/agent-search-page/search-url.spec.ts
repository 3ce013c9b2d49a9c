import { searchFromUrl, searchToUrl } from './search-url';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const DRH = '54c0623a-681d-4b2c-abbd-e62290a7e772';
const PAIE = '342e202a-46ae-481b-872e-7a07f4124d19';

describe('search in the URL', () => {
  it('reads the words, page and filters of a shared annuaire link', () => {
    expect(searchFromUrl(params({ q: 'paie', page: '2', direction: DRH, service: PAIE, statut: 'en-conge' }))).toEqual({
      q: 'paie',
      page: 2,
      filters: { directionId: DRH, unitId: PAIE, status: 'on_leave' },
    });
  });

  it('ignores what a hand-edited address gets wrong instead of failing the search', () => {
    expect(searchFromUrl(params({ page: '-3', direction: 'drh', statut: 'parti' }))).toEqual({
      q: '',
      page: 1,
      filters: { directionId: null, unitId: null, status: null },
    });
  });

  it('writes only what narrows the search, in French', () => {
    expect(searchToUrl({ q: '', page: 1, filters: { directionId: DRH, unitId: null, status: 'active' } })).toEqual({
      q: null,
      direction: DRH,
      service: null,
      statut: 'actif',
      page: null,
    });
  });
});
