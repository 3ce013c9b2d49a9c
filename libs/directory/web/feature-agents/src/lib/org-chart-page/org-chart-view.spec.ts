import type { OrgChartUnit } from '@maillage/directory/contracts';
import type { OrgTreeUnit } from '@maillage/directory/web/data-access';
import { orgChartGraph, orgTreeItems, toggleAnnouncement, unitNode } from './org-chart-view';

const unit = (id: string, name: string, agentCount: number, childCount: number, head: string | null = null): OrgChartUnit => ({
  id,
  name,
  kind: 'direction',
  parentId: null,
  head: head ? { id: `h-${id}`, displayName: head, postTitle: 'Chef', unitName: name } : null,
  agentCount,
  childCount,
});
const agent = (id: string, managerId: string | null) => ({ id, displayName: `Agent ${id}`, postTitle: 'Poste', unitName: null, managerId });
const folded = (u: OrgChartUnit): OrgTreeUnit => ({ unit: u, expanded: false, loading: false, children: [], agents: [] });

const drh: OrgTreeUnit = { ...folded(unit('drh', 'Direction des Ressources Humaines', 2, 3)), expanded: true, agents: [agent('thierry', 'alix'), agent('severine', 'thierry')], children: [folded(unit('paie', 'Service Paie', 4, 0))] };
const dgs: OrgTreeUnit = {
  ...folded(unit('dgs', 'Direction Générale des Services', 1, 11)),
  expanded: true,
  agents: [agent('alix', null)],
  children: [drh, folded(unit('dab', 'Direction des Bâtiments', 2, 3))],
};

describe('unitNode', () => {
  it('shows the name, the head and how many agents and sub-units a unit holds', () => {
    expect(unitNode(folded(unit('paie', 'Service Paie', 4, 0, 'Hélène Müller')))).toEqual({
      id: 'paie',
      kind: 'unit',
      title: 'Service Paie',
      subtitle: 'Responsable : Hélène Müller',
      detail: '4 agents',
      expandable: true,
      expanded: false,
      busy: false,
    });
    expect(unitNode(folded(unit('dgs', 'DGS', 1, 11))).detail).toBe('1 agent · 11 sous-unités');
  });

  it('says when a unit has no head, and offers nothing to unfold in an empty unit', () => {
    const empty = unitNode(folded(unit('x', 'Cellule vide', 0, 0)));
    expect(empty.subtitle).toBe('Responsable non désigné');
    expect(empty.expandable).toBe(false);
  });
});

describe('orgChartGraph', () => {
  it('lists boxes in outline order: a unit, its agents, then its sub-units', () => {
    expect(orgChartGraph([dgs]).nodes.map((n) => n.id)).toEqual(['dgs', 'alix', 'drh', 'thierry', 'severine', 'paie', 'dab']);
  });

  it('hangs an agent from their unit, and from their manager when the manager is on screen', () => {
    const links = orgChartGraph([dgs]).links.map((l) => `${l.source}>${l.target}:${l.kind}`);
    expect(links.sort()).toEqual(
      [
        'dgs>drh:unit',
        'dgs>dab:unit',
        'drh>paie:unit',
        'dgs>alix:unit',
        'drh>thierry:unit',
        'alix>thierry:manager',
        'drh>severine:unit',
        'thierry>severine:manager',
      ].sort(),
    );
  });

  it('draws no line to a manager who is folded away', () => {
    const alone = orgChartGraph([drh]).links.map((l) => `${l.source}>${l.target}`);
    expect(alone).toContain('drh>thierry');
    expect(alone).not.toContain('alix>thierry');
  });
});

describe('orgTreeItems', () => {
  it("nests a unit's agents first, then its sub-units", () => {
    const [top] = orgTreeItems([dgs]);
    expect(top.children.map((c) => c.node.id)).toEqual(['alix', 'drh', 'dab']);
  });
});

describe('toggleAnnouncement', () => {
  it('says what unfolding showed, and when a unit is folded', () => {
    expect(toggleAnnouncement(drh, 'expand')).toBe('Direction des Ressources Humaines : dépliée, 1 sous-unité et 2 agents affichés.');
    expect(toggleAnnouncement(drh, 'collapse')).toBe('Direction des Ressources Humaines : repliée.');
  });

  it('says a unit is loading until its level arrives', () => {
    expect(toggleAnnouncement({ ...folded(unit('dab', 'Direction des Bâtiments', 2, 3)), loading: true }, 'expand')).toBe(
      'Chargement de Direction des Bâtiments…',
    );
  });
});
