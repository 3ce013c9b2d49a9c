import type { GroupLegend, PlacedLink, PlacedNode, TeamGraphLayout, TeamGraphLink, TeamGraphNode } from './team-graph.model';

export const GRAPH_WIDTH = 360;
export const GRAPH_HEIGHT = 300;
export const NODE_RADIUS = 17;

/**
 * Fills at least 3:1 against white (WCAG 1.4.11) and white letters on them at 4.5:1;
 * the letter, not the colour, tells the groups apart.
 */
export const GROUP_COLOURS = ['#1d4f7c', '#8a3b12', '#1b633a', '#6b2c7a', '#7a5a00', '#a4231c', '#245f73', '#4a5562'] as const;

const letterOf = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : `${String.fromCharCode(65 + Math.floor(index / 26) - 1)}${String.fromCharCode(65 + (index % 26))}`);

/**
 * People on a circle, each group's members side by side, the first node at the top. A plain
 * layout rather than a force simulation: a handful of people, and the same team always
 * draws the same way.
 */
export function teamGraphLayout(nodes: readonly TeamGraphNode[], links: readonly TeamGraphLink[]): TeamGraphLayout {
  const groups: string[] = [];
  for (const node of nodes) if (!groups.includes(node.group)) groups.push(node.group);
  const ordered = groups.flatMap((group) => nodes.filter((node) => node.group === group));
  const cx = GRAPH_WIDTH / 2;
  const cy = GRAPH_HEIGHT / 2;
  const radius = ordered.length <= 1 ? 0 : Math.min(GRAPH_WIDTH, GRAPH_HEIGHT) / 2 - NODE_RADIUS - 26;
  const placed: PlacedNode[] = ordered.map((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ordered.length);
    const x = round(cx + radius * Math.cos(angle));
    const y = round(cy + radius * Math.sin(angle));
    const g = groups.indexOf(node.group);
    return { ...node, x, y, letter: letterOf(g), colour: GROUP_COLOURS[g % GROUP_COLOURS.length], labelY: y < cy - 1 ? y - NODE_RADIUS - 6 : y + NODE_RADIUS + 15 };
  });
  const at = new Map(placed.map((node) => [node.id, node]));
  // Distant links first: the close ones are drawn over them.
  const sorted = [...links.filter((link) => link.kind === 'distant'), ...links.filter((link) => link.kind !== 'distant')];
  const placedLinks: PlacedLink[] = sorted.flatMap((link) => {
    const a = at.get(link.source);
    const b = at.get(link.target);
    return a && b && a !== b ? [{ ...link, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });
  const legend: GroupLegend[] = groups.map((group, g) => ({
    group,
    letter: letterOf(g),
    colour: GROUP_COLOURS[g % GROUP_COLOURS.length],
    count: nodes.filter((node) => node.group === group).length,
  }));
  return { width: GRAPH_WIDTH, height: GRAPH_HEIGHT, nodes: placed, links: placedLinks, legend };
}

const round = (value: number) => Math.round(value * 10) / 10;
