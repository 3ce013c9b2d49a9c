export { OrgChartGraphComponent } from './org-chart-graph.component';
