import { agentDetail, agentOptionOf } from './agent-option';
import { focusAfterKey, pickerStatus, SEARCH_BOX } from './picker-status';

describe('pickerStatus', () => {
  it('stays silent until two letters are typed', () => {
    expect(pickerStatus({ q: '', count: 0 }, false)).toBe('');
    expect(pickerStatus({ q: 'm', count: 0 }, false)).toBe('');
  });

  it('counts the agents offered, in French, and says when none is found', () => {
    expect(pickerStatus({ q: 'mar', count: 1 }, false)).toBe('1 agent proposé.');
    expect(pickerStatus({ q: 'mar', count: 3 }, false)).toBe('3 agents proposés.');
    expect(pickerStatus({ q: 'zz', count: 0 }, false)).toBe('Aucun agent trouvé.');
  });

  it('says when the search runs or failed', () => {
    expect(pickerStatus({ q: 'mar', count: 0 }, true)).toBe('Recherche en cours…');
    expect(pickerStatus({ q: 'mar', count: null }, false)).toBe('La recherche n’a pas abouti. Réessayez.');
  });
});

describe('focusAfterKey', () => {
  it('goes down from the search box to the first result, then one by one, stopping at the last', () => {
    expect(focusAfterKey(SEARCH_BOX, 3, 'ArrowDown')).toBe(0);
    expect(focusAfterKey(0, 3, 'ArrowDown')).toBe(1);
    expect(focusAfterKey(2, 3, 'ArrowDown')).toBe(2);
  });

  it('goes up one by one, from the first result back to the search box', () => {
    expect(focusAfterKey(2, 3, 'ArrowUp')).toBe(1);
    expect(focusAfterKey(0, 3, 'ArrowUp')).toBe(SEARCH_BOX);
  });

  it('jumps to either end of the results with Home and End', () => {
    expect(focusAfterKey(1, 3, 'Home')).toBe(0);
    expect(focusAfterKey(0, 3, 'End')).toBe(2);
  });

  it('returns to the search box with Escape', () => {
    expect(focusAfterKey(1, 3, 'Escape')).toBe(SEARCH_BOX);
  });

  it('leaves the keys of the search box to the browser, except the way down to the results', () => {
    for (const key of ['ArrowUp', 'Home', 'End', 'Escape', 'Enter', 'Tab', 'a']) expect(focusAfterKey(SEARCH_BOX, 3, key)).toBeNull();
    expect(focusAfterKey(SEARCH_BOX, 0, 'ArrowDown')).toBeNull();
  });

  it('leaves Enter, Space and Tab on a result to the browser, which presses or leaves the button', () => {
    for (const key of ['Enter', ' ', 'Tab']) expect(focusAfterKey(1, 3, key)).toBeNull();
  });

  it('sends the focus back to the search box when the results it was on are gone', () => {
    expect(focusAfterKey(2, 0, 'ArrowDown')).toBe(SEARCH_BOX);
  });
});

describe('agentDetail', () => {
  it('joins the post and the unit, and leaves out what is missing', () => {
    expect(agentDetail({ id: 'a', displayName: 'Claire Martin', postTitle: 'Gestionnaire paie', unitName: 'Service Carrières' })).toBe('Gestionnaire paie — Service Carrières');
    expect(agentDetail({ id: 'a', displayName: 'Claire Martin', postTitle: 'Gestionnaire paie', unitName: null })).toBe('Gestionnaire paie');
    expect(agentDetail({ id: 'a', displayName: 'Claire Martin' })).toBe('');
  });
});

describe('agentOptionOf', () => {
  it('keeps only the fields a picker shows', () => {
    const entry = { id: 'a', displayName: 'Claire Martin', postTitle: 'Gestionnaire paie', unitName: null, workEmail: 'c.martin@example.fr' };
    expect(agentOptionOf(entry)).toEqual({ id: 'a', displayName: 'Claire Martin', postTitle: 'Gestionnaire paie', unitName: null });
  });
});
