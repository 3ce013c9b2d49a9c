import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TeamBuilderRequest } from '@maillage/competences/contracts';
import { TeamProposalsStore } from '@maillage/competences/web/data-access';
import { plural } from '@maillage/shared/web-util';
import { ProposalSetComponent } from '../proposal-set';
import { proposeFailureText } from './propose-failure-text';
import { TeamRequestFormComponent } from './team-request-form.component';

@Component({
  selector: 'mlg-team-builder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProposalSetComponent, TeamRequestFormComponent],
  providers: [TeamProposalsStore],
  templateUrl: './team-builder-page.component.html',
  styleUrls: ['../shared/competences-page.css', './team-builder-page.component.css'],
})
export class TeamBuilderPageComponent {
  protected readonly store = inject(TeamProposalsStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly resultsTitle = viewChild<ElementRef<HTMLElement>>('resultsTitle');
  private readonly shareTitle = viewChild<ElementRef<HTMLElement>>('shareTitle');
  protected readonly failureText = computed(() => {
    const failure = this.store.proposeFailure();
    return failure ? proposeFailureText(failure) : '';
  });
  protected readonly status = computed(() => {
    if (this.store.pending()) return 'Recherche des équipes en cours…';
    const set = this.store.set();
    if (!set) return '';
    const count = set.proposals.length;
    return count === 0 ? 'Aucune équipe n’a pu être proposée.' : `${plural(count, 'proposition d’équipe est prête', 'propositions d’équipe sont prêtes')}, ci-dessous.`;
  });
  /** Shown after "Enregistrer et partager". */
  protected readonly sharing = signal(false);
  protected readonly copied = signal('');
  protected readonly sharePath = computed(() => {
    const set = this.store.set();
    return set ? `/competences/equipes/${set.id}` : '';
  });
  protected readonly shareUrl = computed(() => `${this.document.location.origin}${this.sharePath()}`);

  constructor() {
    // A new answer: the keyboard and screen-reader user is taken to it.
    effect(() => {
      if (!this.store.set()) return;
      untracked(() => {
        this.sharing.set(false);
        this.copied.set('');
        afterNextRender(() => this.resultsTitle()?.nativeElement.focus(), { injector: this.injector });
      });
    });
  }

  protected propose(request: TeamBuilderRequest): void {
    this.store.propose(request);
  }

  /** The set is saved when proposed; this shows its link and moves the focus there. */
  protected share(): void {
    this.sharing.set(true);
    this.copied.set('');
    afterNextRender(() => this.shareTitle()?.nativeElement.focus(), { injector: this.injector });
  }

  protected copy(): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copied.set('La copie n’est pas possible ici : sélectionnez le lien et copiez-le.');
      return;
    }
    clipboard.writeText(this.shareUrl()).then(
      () => this.copied.set('Lien copié.'),
      () => this.copied.set('La copie n’est pas possible ici : sélectionnez le lien et copiez-le.'),
    );
  }
}
