import { foldForSearch, searchWords } from './search-text';

describe('search text', () => {
  it('folds accents, case and ligatures the way PostgreSQL unaccent does', () => {
    expect(foldForSearch('Hélène', ' MÜLLER-Roux ')).toBe('helene muller-roux');
    expect(foldForSearch('Lecœur Æsa')).toBe('lecoeur aesa');
  });

  it('splits a search into at most eight folded words, apostrophes and hyphens included', () => {
    expect(searchWords("N'Diaye  Hélène d’accueil")).toEqual(['n', 'diaye', 'helene', 'd', 'accueil']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords(' -- ')).toEqual([]);
  });
});
