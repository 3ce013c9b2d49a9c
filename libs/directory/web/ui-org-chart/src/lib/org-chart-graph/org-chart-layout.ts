import { DagreLayout, Graph } from '@swimlane/ngx-graph';

/**
 * ngx-graph 13.0.0's dagre layout with one fix. When boxes are added to a chart that
 * already has lines, the graph component drops the new boxes' positions (a provision
 * meant for its ELK layout) and DagreLayout then reads `position.x` of undefined.
 * Dagre ignores input positions, so a neutral one is enough.
 */
export class OrgChartLayout extends DagreLayout {
  override run(graph: Graph): Graph {
    for (const node of graph.nodes) node.position ??= { x: 0, y: 0 };
    return super.run(graph);
  }
}
