import { figuresByMonth, monthLabel } from './figures-table';

describe('figuresByMonth', () => {
  it('groups by month, newest first, with a total, and directions in French order', () => {
    const grouped = figuresByMonth([
      { month: '2026-02', directionName: 'Direction des ressources humaines', reads: 3, fieldReads: 7 },
      { month: '2026-03', directionName: 'Éducation', reads: 1, fieldReads: 2 },
      { month: '2026-03', directionName: 'Culture', reads: 4, fieldReads: 4 },
      { month: '2026-03', directionName: null, reads: 1, fieldReads: 1 },
    ]);
    expect(grouped.map((m) => m.month)).toEqual(['2026-03', '2026-02']);
    expect(grouped[0].rows.map((r) => r.directionName)).toEqual(['Culture', 'Éducation', null]);
    expect(grouped[0]).toMatchObject({ reads: 6, fieldReads: 7 });
  });

  it('has nothing to show without figures', () => {
    expect(figuresByMonth([])).toEqual([]);
  });
});

describe('monthLabel', () => {
  it('names the month in French', () => {
    expect(monthLabel('2026-03')).toBe('mars 2026');
    expect(monthLabel('2026-12')).toBe('décembre 2026');
    expect(monthLabel('n/a')).toBe('n/a');
  });
});
