import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NODE_RADIUS, teamGraphLayout } from './team-graph-layout';
import type { TeamGraphLink, TeamGraphNode } from './team-graph.model';

let graphs = 0;

/**
 * A small drawing of a proposed team: people on a circle, grouped and lettered by
 * direction. Plain SVG (the one ngx-graph wrapper belongs to the directory): a figure
 * whose text alternative (`description`) says everything the drawing shows.
 */
@Component({
  selector: 'mlg-team-graph',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-graph.component.html',
  styleUrl: './team-graph.component.css',
})
export class TeamGraphComponent {
  readonly nodes = input.required<readonly TeamGraphNode[]>();
  readonly links = input<readonly TeamGraphLink[]>([]);
  /** Short name of the figure (e.g. "Graphe de la proposition 1"). */
  readonly label = input.required<string>();
  /** The full text alternative, read by screen readers in place of the drawing. */
  readonly description = input.required<string>();
  /** What the double ring means, in the legend (e.g. "chef de projet"). */
  readonly emphasisLabel = input('');

  protected readonly id = `team-graph-${++graphs}`;
  protected readonly radius = NODE_RADIUS;
  protected readonly layout = computed(() => teamGraphLayout(this.nodes(), this.links()));
  protected readonly hasEmphasis = computed(() => this.nodes().some((node) => node.emphasis));
  protected readonly hasDistant = computed(() => this.layout().links.some((link) => link.kind === 'distant'));
}
