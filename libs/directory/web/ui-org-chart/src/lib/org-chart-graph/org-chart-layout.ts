import { DagreLayout, Edge, Graph, Node } from '@swimlane/ngx-graph';

type Point = { x: number; y: number };

const isManagerLine = (edge: Edge) => (edge.data as { kind?: string } | undefined)?.kind === 'manager';

/** From the bottom of the manager's box to the top of the report's (or side to side on one row). */
function managerLinePoints(source: Node | undefined, target: Node | undefined): Point[] {
  if (!source?.position || !target?.position || !source.dimension || !target.dimension) return [];
  const from = source.position;
  const to = target.position;
  if (Math.abs(from.y - to.y) < 1) {
    const direction = Math.sign(to.x - from.x) || 1;
    return [
      { x: from.x + (direction * source.dimension.width) / 2, y: from.y },
      { x: to.x - (direction * target.dimension.width) / 2, y: to.y },
    ];
  }
  const down = to.y > from.y ? 1 : -1;
  const start = { x: from.x, y: from.y + (down * source.dimension.height) / 2 };
  const end = { x: to.x, y: to.y - (down * target.dimension.height) / 2 };
  const middle = (start.y + end.y) / 2;
  return [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
}

/**
 * ngx-graph 13.0.0's dagre layout, adapted to the org chart:
 * - boxes are placed by the unit lines only, so an agent stays under their own unit; the
 *   manager lines (which may cross the chart) are drawn afterwards, from the placed boxes;
 * - when boxes are added to a chart that already has lines, the graph component drops the
 *   new boxes' positions (a provision for its ELK layout) and DagreLayout would read
 *   `position.x` of undefined; dagre ignores input positions, so a neutral one is enough.
 */
export class OrgChartLayout extends DagreLayout {
  override run(graph: Graph): Graph {
    for (const node of graph.nodes) node.position ??= { x: 0, y: 0 };
    const edges = graph.edges;
    graph.edges = edges.filter((edge) => !isManagerLine(edge));
    super.run(graph);
    graph.edges = edges;
    const placed: Edge[] = Object.values((graph.edgeLabels ?? {}) as Record<string, Edge>);
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const drawnAfter = edges
      .filter(isManagerLine)
      .map((edge) => ({ ...edge, points: managerLinePoints(byId.get(edge.source), byId.get(edge.target)) }));
    // An array is read edge by edge (source, target, id) by the graph component.
    graph.edgeLabels = [...placed, ...drawnAfter];
    return graph;
  }
}
