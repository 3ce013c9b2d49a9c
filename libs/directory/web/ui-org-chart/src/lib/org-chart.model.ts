/**
 * Plain data the org chart components draw. The feature builds it from the API; these
 * components know nothing of HTTP or of the directory's stores.
 */

/** A box of the chart: a unit (unfolds) or an agent (opens their fiche). */
export interface OrgChartNode {
  readonly id: string;
  readonly kind: 'unit' | 'agent';
  readonly title: string;
  /** Unit: its head; agent: their post. */
  readonly subtitle: string | null;
  /** Unit: how many agents and sub-units. */
  readonly detail: string | null;
  /** A unit with sub-units or agents to show. */
  readonly expandable: boolean;
  readonly expanded: boolean;
  /** Its level is being fetched. */
  readonly busy: boolean;
}

/** A line from a unit to its sub-unit or agent, or from a manager to their report. */
export interface OrgChartLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: 'unit' | 'manager';
}

/** The same chart as a nested list, for the list view. */
export interface OrgTreeItem {
  readonly node: OrgChartNode;
  readonly children: readonly OrgTreeItem[];
}
