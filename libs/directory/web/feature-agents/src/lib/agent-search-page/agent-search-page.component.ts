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
import { AgentSearchFilters, AgentSearchStore, OrgUnitsStore } from '@maillage/directory/web/data-access';
import { PaginationComponent } from '@maillage/shared/web-ui';
import { AgentCardComponent } from '../agent-card';
import { AgentSearchFiltersComponent } from '../agent-search-filters';
import { replaceQueryParams } from '../replace-query-params';
import { resultCountLabel } from './result-count-label';
import { searchFromUrl, searchToUrl } from './search-url';

@Component({
  selector: 'mlg-agent-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentCardComponent, AgentSearchFiltersComponent, PaginationComponent],
  providers: [AgentSearchStore],
  templateUrl: './agent-search-page.component.html',
  styleUrl: './agent-search-page.component.css',
})
export class AgentSearchPageComponent {
  protected readonly store = inject(AgentSearchStore);
  protected readonly units = inject(OrgUnitsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly resultsTitle = viewChild.required<ElementRef<HTMLElement>>('resultsTitle');
  protected readonly countLabel = computed(() => resultCountLabel(this.store.state()));
  protected readonly services = computed(() => {
    const directionId = this.store.filters().directionId;
    return directionId ? this.units.servicesOf(directionId) : [];
  });

  constructor() {
    this.units.ensureLoaded();
    const { q, page, filters } = searchFromUrl(this.route.snapshot.queryParamMap);
    this.store.start(q, page, filters);

    // The search lives in the URL, so "Back" from a fiche finds it again. replaceUrl:
    // one history entry per search, not per keystroke; only settled results are written.
    effect(() => {
      const { status, q, result } = this.store.state();
      if (status !== 'loaded' || !result) return;
      const filters = untracked(() => this.store.filters());
      untracked(() => replaceQueryParams(this.router, this.route, searchToUrl({ q, page: result.page, filters })));
    });
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.store.searchNow();
  }

  protected setFilters(filters: AgentSearchFilters): void {
    this.store.setFilters(filters);
  }

  /** After paging, keyboard and screen-reader users restart at the top of the new list. */
  protected goToPage(page: number): void {
    this.store.setPage(page);
    this.resultsTitle().nativeElement.focus();
  }
}
