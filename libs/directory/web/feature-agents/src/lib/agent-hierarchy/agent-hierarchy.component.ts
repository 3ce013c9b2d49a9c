import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AgentHierarchy } from '@maillage/directory/contracts';
import { indirectReportsLabel, teamLinkLabel } from './hierarchy-labels';

/**
 * The agent's place in the hierarchy: the chain of managers up to the DGS as a
 * breadcrumb (the DGS first, the agent last), then the people they manage.
 */
@Component({
  selector: 'mlg-agent-hierarchy',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './agent-hierarchy.component.html',
  styleUrl: './agent-hierarchy.component.css',
})
export class AgentHierarchyComponent {
  readonly hierarchy = input.required<AgentHierarchy>();
  readonly agentName = input.required<string>();

  /** The API lists the nearest manager first; a breadcrumb reads from the top. */
  protected readonly chain = computed(() => [...this.hierarchy().managers].reverse());
  protected readonly teamSize = computed(() => this.hierarchy().directReports.length + this.hierarchy().indirectReportCount);
  protected readonly indirectLabel = computed(() => indirectReportsLabel(this.hierarchy().indirectReportCount));
  protected readonly teamLabel = computed(() => teamLinkLabel(this.teamSize()));
}
