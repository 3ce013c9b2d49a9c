import type { OrgChartLevel, OrgChartUnit } from '@maillage/directory/contracts';
import { descendantsOf, visibleOrgTree } from './org-chart-tree';

const unit = (id: string, parentId: string | null, childCount = 0): OrgChartUnit => ({
  id,
  name: id.toUpperCase(),
  kind: parentId ? 'service' : 'direction',
  parentId,
  head: null,
  agentCount: 1,
  childCount,
});
const agent = (id: string, managerId: string | null) => ({ id, displayName: id, postTitle: 'Poste', unitName: null, managerId });

const dgs = unit('dgs', null, 2);
const levels = new Map<string, OrgChartLevel>([
  ['dgs', { unit: dgs, children: [unit('drh', 'dgs', 1), unit('dab', 'dgs')], agents: [agent('alix', null)] }],
  ['drh', { unit: unit('drh', 'dgs', 1), children: [unit('paie', 'drh')], agents: [agent('thierry', 'alix')] }],
]);

describe('visibleOrgTree', () => {
  it('shows only the top units while nothing is unfolded', () => {
    const tree = visibleOrgTree([dgs], { levels, expanded: new Set(), loading: new Set() });
    expect(tree).toEqual([{ unit: dgs, expanded: false, loading: false, children: [], agents: [] }]);
  });

  it('shows the sub-units and agents of unfolded units only', () => {
    const [top] = visibleOrgTree([dgs], { levels, expanded: new Set(['dgs']), loading: new Set() });
    expect(top.agents.map((a) => a.id)).toEqual(['alix']);
    expect(top.children.map((c) => [c.unit.id, c.expanded, c.children.length])).toEqual([
      ['drh', false, 0],
      ['dab', false, 0],
    ]);
  });

  it('shows a unit being fetched for the first time as loading, not yet unfolded', () => {
    const [top] = visibleOrgTree([dgs], { levels: new Map(), expanded: new Set(['dgs']), loading: new Set(['dgs']) });
    expect(top).toMatchObject({ expanded: false, loading: true, children: [] });
  });
});

describe('descendantsOf', () => {
  it('lists every visible unit below the one being folded', () => {
    const tree = visibleOrgTree([dgs], { levels, expanded: new Set(['dgs', 'drh']), loading: new Set() });
    expect(descendantsOf(tree, 'dgs')).toEqual(['drh', 'paie', 'dab']);
    expect(descendantsOf(tree, 'drh')).toEqual(['paie']);
    expect(descendantsOf(tree, 'unknown')).toEqual([]);
  });
});
