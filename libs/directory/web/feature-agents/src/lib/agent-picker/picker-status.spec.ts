import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import { pickerStatus } from './picker-status';

const agents = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}` }) as AgentDirectoryEntry);

describe('pickerStatus', () => {
  it('stays silent until two letters are typed', () => {
    expect(pickerStatus({ q: 'm', agents: [] }, false)).toBe('');
  });

  it('counts the agents offered', () => {
    expect(pickerStatus({ q: 'mar', agents: agents(1) }, false)).toBe('1 agent proposé.');
    expect(pickerStatus({ q: 'mar', agents: agents(3) }, false)).toBe('3 agents proposés.');
    expect(pickerStatus({ q: 'zz', agents: [] }, false)).toBe('Aucun agent trouvé.');
  });

  it('says when the search runs or failed', () => {
    expect(pickerStatus({ q: 'mar', agents: [] }, true)).toBe('Recherche en cours…');
    expect(pickerStatus({ q: 'mar', agents: null }, false)).toContain("n'a pas abouti");
  });
});
