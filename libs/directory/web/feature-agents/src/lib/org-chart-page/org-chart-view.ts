import type { OrgChartUnit } from '@maillage/directory/contracts';
import type { OrgChartAgent, OrgTreeUnit } from '@maillage/directory/web/data-access';
import type { OrgChartLink, OrgChartNode, OrgTreeItem } from '@maillage/directory/web/ui-org-chart';
import { plural } from '@maillage/shared/web-util';

function unitDetail(unit: OrgChartUnit): string {
  const parts = [plural(unit.agentCount, 'agent', 'agents')];
  if (unit.childCount > 0) parts.push(plural(unit.childCount, 'sous-unité', 'sous-unités'));
  return parts.join(' · ');
}

export function unitNode(tree: OrgTreeUnit): OrgChartNode {
  const { unit } = tree;
  return {
    id: unit.id,
    kind: 'unit',
    title: unit.name,
    subtitle: unit.head ? `Responsable : ${unit.head.displayName}` : 'Responsable non désigné',
    detail: unitDetail(unit),
    expandable: unit.childCount > 0 || unit.agentCount > 0,
    expanded: tree.expanded,
    busy: tree.loading,
  };
}

export function agentNode(agent: OrgChartAgent): OrgChartNode {
  return { id: agent.id, kind: 'agent', title: agent.displayName, subtitle: agent.postTitle ?? null, detail: null, expandable: false, expanded: false, busy: false };
}

/**
 * Boxes and lines for the drawing, in outline order (a unit, its agents, then its
 * sub-units): the Tab order follows the organisation. An agent hangs from their unit,
 * and from their manager too when the manager is on screen.
 */
export function orgChartGraph(tree: readonly OrgTreeUnit[]): { nodes: OrgChartNode[]; links: OrgChartLink[] } {
  const nodes: OrgChartNode[] = [];
  const pending: { agent: OrgChartAgent; unitId: string }[] = [];
  const links: OrgChartLink[] = [];
  const link = (source: string, target: string, kind: OrgChartLink['kind']) => links.push({ id: `${source}>${target}`, source, target, kind });

  const visit = (unit: OrgTreeUnit) => {
    nodes.push(unitNode(unit));
    for (const agent of unit.agents) {
      nodes.push(agentNode(agent));
      pending.push({ agent, unitId: unit.unit.id });
    }
    for (const child of unit.children) {
      link(unit.unit.id, child.unit.id, 'unit');
      visit(child);
    }
  };
  tree.forEach(visit);

  const agentsShown = new Set(pending.map(({ agent }) => agent.id));
  for (const { agent, unitId } of pending) {
    // The unit line keeps the agent drawn under their own unit, even when the manager is elsewhere.
    link(unitId, agent.id, 'unit');
    if (agent.managerId && agentsShown.has(agent.managerId)) link(agent.managerId, agent.id, 'manager');
  }
  return { nodes, links };
}

/** The same content as nested lists: a unit's agents first, then its sub-units. */
export function orgTreeItems(tree: readonly OrgTreeUnit[]): OrgTreeItem[] {
  return tree.map((unit) => ({
    node: unitNode(unit),
    children: [...unit.agents.map((agent) => ({ node: agentNode(agent), children: [] })), ...orgTreeItems(unit.children)],
  }));
}

/** What the live region says once a unit has been unfolded or folded. */
export function toggleAnnouncement(unit: OrgTreeUnit | null, action: 'expand' | 'collapse'): string {
  if (!unit) return '';
  if (action === 'collapse') return `${unit.unit.name} : repliée.`;
  if (unit.loading && !unit.expanded) return `Chargement de ${unit.unit.name}…`;
  if (!unit.expanded) return '';
  const shown = [plural(unit.children.length, 'sous-unité', 'sous-unités'), plural(unit.agents.length, 'agent', 'agents')];
  return `${unit.unit.name} : dépliée, ${shown.join(' et ')} affichés.`;
}
