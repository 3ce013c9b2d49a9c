import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import { DirectoryApi, NO_FILTERS } from '@maillage/directory/web/data-access';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap } from 'rxjs';
import { pickerStatus } from './picker-status';

const MAX_CHOICES = 8;
let pickers = 0;

type Found = { readonly q: string; readonly agents: readonly AgentDirectoryEntry[] | null };

/**
 * Finds an agent with the annuaire's search and lets the user pick one. Results are
 * plain buttons in a list, announced by a live count: simpler for keyboard and screen
 * reader users than a hand-made combobox, and the same on every browser.
 */
@Component({
  selector: 'mlg-agent-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-picker.component.html',
  styleUrl: './agent-picker.component.css',
})
export class AgentPickerComponent {
  readonly label = input.required<string>();
  /** Agents not to offer (the agent being edited). */
  readonly exclude = input<readonly string[]>([]);
  /** The agent picked so far, shown pressed. */
  readonly selectedId = input<string | null>(null);
  readonly picked = output<AgentDirectoryEntry>();

  private readonly api = inject(DirectoryApi);
  private readonly queries = new Subject<string>();
  protected readonly found = signal<Found>({ q: '', agents: [] });
  protected readonly searching = signal(false);
  protected readonly status = computed(() => pickerStatus(this.found(), this.searching()));
  protected readonly id = `agent-picker-${++pickers}`;

  constructor() {
    this.queries
      .pipe(
        map((q) => q.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q.length < 2) return of<Found>({ q, agents: [] });
          this.searching.set(true);
          return this.api.searchAgents({ q, page: 1, pageSize: MAX_CHOICES + 1, ...NO_FILTERS }).pipe(
            map((page): Found => ({ q, agents: page.items.filter((agent) => !this.exclude().includes(agent.id)).slice(0, MAX_CHOICES) })),
            catchError(() => of<Found>({ q, agents: null })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((found) => {
        this.searching.set(false);
        this.found.set(found);
      });
  }

  protected search(q: string): void {
    this.queries.next(q);
  }
}
