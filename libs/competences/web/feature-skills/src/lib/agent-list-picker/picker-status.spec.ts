import { pickerStatus } from './picker-status';

describe('pickerStatus', () => {
  it('stays silent until two letters are typed, then counts the agents offered', () => {
    expect(pickerStatus({ q: 'm', count: 0 }, false)).toBe('');
    expect(pickerStatus({ q: 'mar', count: 1 }, false)).toBe('1 agent proposé.');
    expect(pickerStatus({ q: 'mar', count: 3 }, false)).toBe('3 agents proposés.');
    expect(pickerStatus({ q: 'zz', count: 0 }, false)).toBe('Aucun agent trouvé.');
  });

  it('says when the search runs or failed', () => {
    expect(pickerStatus({ q: 'mar', count: 0 }, true)).toBe('Recherche en cours…');
    expect(pickerStatus({ q: 'mar', count: null }, false)).toContain('n’a pas abouti');
  });
});
