import type { OrgChartLevel, OrgChartUnit } from '@maillage/directory/contracts';

export type OrgChartAgent = OrgChartLevel['agents'][number];

/** A unit as currently shown: folded, loading, or unfolded with its sub-units and agents. */
export interface OrgTreeUnit {
  readonly unit: OrgChartUnit;
  readonly expanded: boolean;
  readonly loading: boolean;
  /** Sub-units shown (empty while folded). */
  readonly children: readonly OrgTreeUnit[];
  /** Agents attached to this unit, shown once it is unfolded. */
  readonly agents: readonly OrgChartAgent[];
}

export interface OrgChartView {
  /** Loaded levels by unit id. */
  readonly levels: ReadonlyMap<string, OrgChartLevel>;
  readonly expanded: ReadonlySet<string>;
  readonly loading: ReadonlySet<string>;
}

/**
 * What is on screen, from the top units down through the unfolded ones. A unit counts
 * as unfolded only once its level has arrived; until then it shows as loading.
 */
export function visibleOrgTree(top: readonly OrgChartUnit[], view: OrgChartView): OrgTreeUnit[] {
  const build = (unit: OrgChartUnit): OrgTreeUnit => {
    const level = view.levels.get(unit.id);
    const expanded = view.expanded.has(unit.id) && level !== undefined;
    return {
      // The level's own copy is fresher than the one its parent's level carried.
      unit: level?.unit ?? unit,
      expanded,
      loading: view.loading.has(unit.id),
      children: expanded ? level.children.map(build) : [],
      agents: expanded ? level.agents : [],
    };
  };
  return top.map(build);
}

/**
 * The visible units below the given one. Folding a unit folds them too, so unfolding it
 * again shows one level, not the whole subtree that was open before.
 */
export function descendantsOf(tree: readonly OrgTreeUnit[], unitId: string): string[] {
  const find = (nodes: readonly OrgTreeUnit[]): OrgTreeUnit | null => {
    for (const node of nodes) {
      if (node.unit.id === unitId) return node;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return null;
  };
  const all = (node: OrgTreeUnit): string[] => node.children.flatMap((child) => [child.unit.id, ...all(child)]);
  const found = find(tree);
  return found ? all(found) : [];
}
