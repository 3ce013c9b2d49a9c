import { comboboxStatus, moveActive } from './combobox-status';

describe('comboboxStatus', () => {
  it('stays silent before anything is typed, and counts the options after', () => {
    expect(comboboxStatus({ q: '', count: 0, searching: false, chosen: null })).toBe('');
    expect(comboboxStatus({ q: 'sig', count: 1, searching: false, chosen: null })).toBe('1 compétence proposée. Flèches haut et bas pour parcourir, Entrée pour choisir.');
    expect(comboboxStatus({ q: 'zzz', count: 0, searching: false, chosen: null })).toBe('Aucune compétence du référentiel ne correspond à « zzz ».');
  });

  it('confirms the choice, and says when the search runs or failed', () => {
    expect(comboboxStatus({ q: 'SIG', count: 3, searching: false, chosen: 'SIG' })).toBe('« SIG » choisie.');
    expect(comboboxStatus({ q: 'pa', count: 0, searching: true, chosen: null })).toBe('Recherche en cours…');
    expect(comboboxStatus({ q: 'pa', count: null, searching: false, chosen: null })).toContain('n’a pas abouti');
  });
});

describe('moveActive', () => {
  it('starts at either end and wraps around', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});
