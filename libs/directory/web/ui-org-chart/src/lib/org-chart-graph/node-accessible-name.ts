import type { OrgChartNode } from '../org-chart.model';

/** What a screen reader says on a box: everything it shows, in one sentence. */
export function nodeAccessibleName(node: OrgChartNode): string {
  return [node.title, node.subtitle, node.detail].filter((part): part is string => !!part).join(', ');
}
