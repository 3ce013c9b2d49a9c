import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProposedTeam } from '@maillage/competences/contracts';
import { TeamGraphComponent } from '@maillage/competences/web/ui-team-graph';
import { levelPhrase } from '../labels/skill-labels';
import { committedLabel, missingLabel, proximityOf } from '../labels/team-labels';
import { teamGraphData } from './team-graph-data';

/** One of the three alternatives: who, what each brings, what is missing, and how close they work. */
@Component({
  selector: 'mlg-proposal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TeamGraphComponent],
  templateUrl: './proposal-card.component.html',
  styleUrl: './proposal-card.component.css',
})
export class ProposalCardComponent {
  readonly team = input.required<ProposedTeam>();
  /** 1-based. */
  readonly number = input.required<number>();
  readonly leadId = input<string | null>(null);
  /** Distinguishes the ids of two sets on one page. */
  readonly idPrefix = input('proposal');

  protected readonly id = computed(() => `${this.idPrefix()}-${this.number()}`);
  protected readonly level = levelPhrase;
  protected readonly committed = committedLabel;
  protected readonly missing = missingLabel;
  protected readonly proximity = computed(() => proximityOf(this.team().communicationCost, this.team().members.length));
  protected readonly graph = computed(() => teamGraphData(this.team(), this.leadId()));
  protected readonly directionNames = computed(() => this.team().directions.map((direction) => direction.name ?? 'Direction non renseignée'));
}
