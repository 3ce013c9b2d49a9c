import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrgChartNode, OrgTreeItem } from '../org-chart.model';

/**
 * The org chart as nested lists: units are disclosure buttons (aria-expanded), agents
 * are links. The alternative to the drawing for screen readers, and a plain outline for
 * anyone who prefers one. Renders itself for each unfolded unit.
 */
@Component({
  selector: 'mlg-org-tree-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './org-tree-list.component.html',
  styleUrl: './org-tree-list.component.css',
})
export class OrgTreeListComponent {
  readonly items = input.required<readonly OrgTreeItem[]>();
  /** The route of an agent's fiche. */
  readonly agentLink = input.required<(agentId: string) => readonly string[]>();
  readonly label = input<string | null>(null);
  /** A unit's button was pressed (agents are plain links). */
  readonly toggled = output<OrgChartNode>();

  protected infoOf(node: OrgChartNode): string {
    return [node.subtitle, node.detail].filter(Boolean).join(' · ');
  }
}
