import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TeamProposalSet } from '@maillage/competences/contracts';
import { InstantPipe } from '@maillage/shared/web-ui';
import { DirectionsStore, SkillReferentialStore } from '@maillage/competences/web/data-access';
import { ProposalCardComponent } from './proposal-card.component';
import { requestSummary } from './request-summary';

/**
 * A set of alternative teams, side by side on wide screens and stacked on narrow ones,
 * under the reminder that they only advise.
 */
@Component({
  selector: 'mlg-proposal-set',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InstantPipe, ProposalCardComponent],
  templateUrl: './proposal-set.component.html',
  styleUrl: './proposal-set.component.css',
})
export class ProposalSetComponent {
  readonly set = input.required<TeamProposalSet>();

  private readonly skills = inject(SkillReferentialStore);
  private readonly directions = inject(DirectionsStore);
  protected readonly leadId = computed(() => this.set().request.fixedMemberIds[0] ?? null);
  protected readonly summary = computed(() =>
    requestSummary(this.set(), { skillLabel: (id) => this.skills.labelOf(id), directionName: (id) => this.directions.nameOf(id) }),
  );

  constructor() {
    this.skills.ensureLoaded();
    this.directions.ensureLoaded();
  }
}
