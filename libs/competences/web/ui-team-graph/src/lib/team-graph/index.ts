export { TeamGraphComponent } from './team-graph.component';
export type { TeamGraphLink, TeamGraphNode } from './team-graph.model';
