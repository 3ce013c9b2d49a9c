import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TeamProposalsStore } from '@maillage/competences/web/data-access';
import { ProposalSetComponent } from '../proposal-set';
import { savedStatus } from './saved-status';

/** A saved set of proposals, opened from its share link. */
@Component({
  selector: 'mlg-saved-proposal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProposalSetComponent],
  providers: [TeamProposalsStore],
  template: `
    <p class="back"><a routerLink="/competences/equipe">Constituer une équipe</a></p>
    <h1>{{ store.savedSet()?.title ?? 'Proposition d’équipe' }}</h1>
    <p class="status" role="status" aria-atomic="true">{{ status() }}</p>
    @if (store.savedError() === 'failed') {
      <button type="button" class="mlg-button mlg-button--secondary" (click)="store.reopen()">Réessayer</button>
    }
    @if (store.savedSet(); as set) {
      <mlg-proposal-set [set]="set" />
    }
  `,
  styleUrls: ['../shared/competences-page.css'],
})
export class SavedProposalPageComponent {
  protected readonly store = inject(TeamProposalsStore);
  protected readonly status = computed(() => savedStatus(this.store.savedLoading(), this.store.savedError()));

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const id = params.get('id');
        if (id) this.store.open(id);
      });
  }
}
