import { viewsStatus } from './views-status';

describe('viewsStatus', () => {
  const loaded = { loading: false, error: null, page: 1 };

  it('says when nobody looked, in words rather than an empty table', () => {
    expect(viewsStatus({ ...loaded, count: 0 })).toBe("Personne n'a encore consulté vos données sensibles.");
    expect(viewsStatus({ ...loaded, page: 2, count: 0 })).toBe('Aucune autre consultation.');
  });

  it('counts the reads shown', () => {
    expect(viewsStatus({ ...loaded, count: 1 })).toBe("1 consultation affichée, les plus récentes d'abord.");
    expect(viewsStatus({ ...loaded, count: 20 })).toBe("20 consultations affichées, les plus récentes d'abord.");
    expect(viewsStatus({ ...loaded, page: 3, count: 4 })).toBe('4 consultations sur la page 3.');
  });

  it('tells loading, an account without a fiche and a failure apart', () => {
    expect(viewsStatus({ ...loaded, loading: true, count: null })).toBe('Chargement des consultations…');
    expect(viewsStatus({ ...loaded, error: 'forbidden', count: null })).toContain('aucune fiche agent');
    expect(viewsStatus({ ...loaded, error: 'failed', count: null })).toContain("n'a pas pu être chargée");
  });
});
