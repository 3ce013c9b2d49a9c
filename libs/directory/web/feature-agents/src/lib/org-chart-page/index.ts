export { OrgChartPageComponent } from './org-chart-page.component';
