import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Page } from '@maillage/shared/contracts';
import { catchError, map, of, Subject, switchMap } from 'rxjs';
import { loader, pageCountOf } from '@maillage/shared/web-data-access';
import { DirectoryApi, TeamMember } from './directory.api';

export interface AgentTeamState {
  readonly status: 'loading' | 'loaded' | 'error';
  /** Kept while the next page loads, so the list does not flash empty. */
  readonly result: Page<TeamMember> | null;
}

const PAGE_SIZE = 25;

/** Everyone below a manager, directly or not, page by page. Provide it in the team page. */
@Injectable()
export class AgentTeamStore {
  private readonly api = inject(DirectoryApi);
  private readonly requests = new Subject<{ readonly id: string; readonly page: number }>();
  private readonly current = signal<AgentTeamState>({ status: 'loading', result: null });
  private readonly managerLoader = loader((id: string) => this.api.getAgent(id));

  /** The manager whose team this is, for the title. */
  readonly manager = this.managerLoader.value;
  readonly managerError = this.managerLoader.error;
  readonly state = this.current.asReadonly();
  readonly pageCount = computed(() => pageCountOf(this.current().result));

  constructor() {
    this.requests
      .pipe(
        switchMap(({ id, page }) =>
          this.api.getTeam(id, page, PAGE_SIZE).pipe(
            map((result): AgentTeamState => ({ status: 'loaded', result })),
            catchError(() => of<AgentTeamState>({ status: 'error', result: null })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.current.set(state));
  }

  load(managerId: string, page: number): void {
    if (this.managerLoader.value()?.id !== managerId) this.managerLoader.load(managerId);
    this.current.update((state) => ({ ...state, status: 'loading' }));
    this.requests.next({ id: managerId, page });
  }
}
