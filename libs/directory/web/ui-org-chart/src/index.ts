export type { OrgChartLink, OrgChartNode, OrgTreeItem } from './lib/org-chart.model';
export { OrgChartGraphComponent } from './lib/org-chart-graph';
export { OrgTreeListComponent } from './lib/org-tree-list';
