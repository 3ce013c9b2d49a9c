import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, untracked, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CompetencesApi, DirectionsStore, SkillSearchStore } from '@maillage/competences/web/data-access';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { PaginationComponent } from '@maillage/shared/web-ui';
import { LEVELS, levelFromValue, levelLabel } from '../labels/skill-labels';
import { replaceQueryParams } from '../shared/replace-query-params';
import { matchGroups } from './match-groups';
import { nearestSkills, wordsWithoutExactMatch } from './nearest-skills';
import { resultCountLabel } from './result-count-label';
import { skillSearchFromUrl, skillSearchToUrl } from './search-url';
import { SkillMatchCardComponent } from './skill-match-card.component';

@Component({
  selector: 'mlg-skill-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PaginationComponent, SkillMatchCardComponent],
  providers: [SkillSearchStore],
  templateUrl: './skill-search-page.component.html',
  styleUrls: ['../shared/competences-page.css', './skill-search-page.component.css'],
})
export class SkillSearchPageComponent {
  protected readonly store = inject(SkillSearchStore);
  protected readonly directions = inject(DirectionsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly resultsTitle = viewChild.required<ElementRef<HTMLElement>>('resultsTitle');
  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly countLabel = computed(() => resultCountLabel(this.store.state()));
  protected readonly groups = computed(() => matchGroups(this.store.state().result?.items ?? []));
  private readonly api = inject(CompetencesApi);
  /** Words no skill answers exactly: the referential's closest skills are offered instead. */
  protected readonly inexact = computed(() => wordsWithoutExactMatch(this.store.state()));
  protected readonly nearest = toSignal(
    toObservable(this.inexact).pipe(
      distinctUntilChanged(),
      switchMap((q) => (q ? this.api.skills(q).pipe(map((skills) => nearestSkills(skills, q)), catchError(() => of([]))) : of([]))),
    ),
    { initialValue: [] },
  );

  constructor() {
    this.directions.ensureLoaded();
    const { q, page, filters } = skillSearchFromUrl(this.route.snapshot.queryParamMap);
    this.store.start(q, page, filters);

    // The search lives in the URL, so "Back" from a fiche finds it again (one entry per search).
    effect(() => {
      const { status, q, result } = this.store.state();
      if (status !== 'loaded' && status !== 'idle') return;
      const filters = untracked(() => this.store.filters());
      untracked(() => replaceQueryParams(this.router, this.route, skillSearchToUrl({ q, page: result?.page ?? 1, filters })));
    });
  }

  /** Searching for an offered skill by its name puts it in the box, as if typed. */
  protected searchFor(label: string): void {
    this.store.setQuery(label);
    this.store.searchNow();
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    this.store.searchNow();
  }

  protected chooseDirection(value: string): void {
    this.store.setFilters({ ...this.store.filters(), directionId: value || null });
  }

  protected chooseLevel(value: string): void {
    this.store.setFilters({ ...this.store.filters(), minLevel: levelFromValue(value) });
  }

  /** After paging, keyboard and screen-reader users restart at the top of the new list. */
  protected goToPage(page: number): void {
    this.store.setPage(page);
    this.resultsTitle().nativeElement.focus();
  }
}
