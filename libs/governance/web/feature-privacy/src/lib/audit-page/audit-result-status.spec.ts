import { auditResultStatus } from './audit-result-status';

describe('auditResultStatus', () => {
  const settled = { loading: false, error: null, limit: 100 };

  it('counts the reads found', () => {
    expect(auditResultStatus({ ...settled, count: 0 })).toBe('Aucune consultation ne correspond à ces critères.');
    expect(auditResultStatus({ ...settled, count: 1 })).toBe('1 consultation trouvée.');
    expect(auditResultStatus({ ...settled, count: 42 })).toBe('42 consultations trouvées.');
  });

  it('says when the limit cut the list, with French digit grouping', () => {
    expect(auditResultStatus({ ...settled, count: 1000, limit: 1000 })).toBe(
      '1\u202f000 consultations affichées : la limite est atteinte, précisez la recherche pour tout voir.',
    );
  });

  it('tells a refusal from a failure', () => {
    expect(auditResultStatus({ ...settled, error: 'forbidden', count: null })).toContain('réservée au service RH');
    expect(auditResultStatus({ ...settled, error: 'failed', count: null })).toContain("n'a pas abouti");
  });
});
