import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AgentTeamStore } from '@maillage/directory/web/data-access';
import { PaginationComponent } from '@maillage/shared/web-ui';
import { map } from 'rxjs';
import { teamCountLabel, teamLevelLabel } from './team-labels';

const pageFrom = (value: string | null) => Math.max(1, Number.parseInt(value ?? '', 10) || 1);

/** Everyone a manager leads, directly or through others, with how far down they sit. */
@Component({
  selector: 'mlg-agent-team-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PaginationComponent],
  providers: [AgentTeamStore],
  templateUrl: './agent-team-page.component.html',
  styleUrl: './agent-team-page.component.css',
})
export class AgentTeamPageComponent {
  protected readonly store = inject(AgentTeamStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly listTitle = viewChild<ElementRef<HTMLElement>>('listTitle');
  protected readonly managerId = toSignal(this.route.paramMap.pipe(map((params) => params.get('id') ?? '')), { initialValue: '' });
  private readonly page = toSignal(this.route.queryParamMap.pipe(map((params) => pageFrom(params.get('page')))), { initialValue: 1 });
  protected readonly countLabel = computed(() => {
    const result = this.store.state().result;
    return result ? teamCountLabel(result.total) : '';
  });
  protected readonly levelLabel = teamLevelLabel;

  constructor() {
    // The page lives in the URL (?page=), so "Back" from a fiche returns to the same page.
    effect(() => {
      const [managerId, page] = [this.managerId(), this.page()];
      untracked(() => this.store.load(managerId, page));
    });
    const title = inject(Title);
    effect(() => {
      const manager = this.store.manager();
      if (manager) title.setTitle(`Équipe de ${manager.displayName} — Maillage`);
    });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null } });
    this.listTitle()?.nativeElement.focus();
  }
}
