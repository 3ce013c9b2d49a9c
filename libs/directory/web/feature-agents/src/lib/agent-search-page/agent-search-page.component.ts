import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AgentSearchStore } from '@maillage/directory/web/data-access';
import { PaginationComponent } from '@maillage/shared/web-ui';
import { AgentCardComponent } from '../agent-card';
import { resultCountLabel } from './result-count-label';

const pageFrom = (value: string | null) => Math.max(1, Number.parseInt(value ?? '', 10) || 1);

@Component({
  selector: 'mlg-agent-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentCardComponent, PaginationComponent],
  providers: [AgentSearchStore],
  templateUrl: './agent-search-page.component.html',
  styleUrl: './agent-search-page.component.css',
})
export class AgentSearchPageComponent {
  protected readonly store = inject(AgentSearchStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly resultsTitle = viewChild.required<ElementRef<HTMLElement>>('resultsTitle');
  protected readonly countLabel = computed(() => resultCountLabel(this.store.state()));

  constructor() {
    const params = this.route.snapshot.queryParamMap;
    this.store.start(params.get('q') ?? '', pageFrom(params.get('page')));

    // The search lives in the URL, so "Back" from a fiche finds it again. replaceUrl:
    // one history entry per search, not per keystroke; only settled results are written.
    effect(() => {
      const { status, q, result } = this.store.state();
      if (status !== 'loaded' || !result) return;
      untracked(() =>
        this.router.navigate([], {
          relativeTo: this.route,
          queryParams: { q: q || null, page: result.page > 1 ? result.page : null },
          replaceUrl: true,
        }),
      );
    });
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.store.searchNow();
  }

  /** After paging, keyboard and screen-reader users restart at the top of the new list. */
  protected goToPage(page: number): void {
    this.store.setPage(page);
    this.resultsTitle().nativeElement.focus();
  }
}
