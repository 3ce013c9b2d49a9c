import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, model, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import { GovernanceApi } from '@maillage/governance/web/data-access';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap, tap } from 'rxjs';
import { pickerStatus } from './picker-status';

const MAX_CHOICES = 8;
let pickers = 0;

type Found = { readonly q: string; readonly agents: readonly AgentDirectoryEntry[] | null };

/**
 * Picks an agent with the annuaire's search (names and posts only, never sensitive
 * fields). Results are plain buttons announced by a live count: simpler for keyboard
 * and screen-reader users than a hand-made combobox.
 */
@Component({
  selector: 'mlg-gov-agent-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-picker.component.html',
  styleUrl: './agent-picker.component.css',
})
export class AgentPickerComponent {
  readonly label = input.required<string>();
  /** The agent chosen, or null for "anyone". */
  readonly agent = model<AgentDirectoryEntry | null>(null);

  private readonly api = inject(GovernanceApi);
  private readonly injector = inject(Injector);
  private readonly box = viewChild<ElementRef<HTMLInputElement>>('box');
  private readonly changeButton = viewChild<ElementRef<HTMLButtonElement>>('change');
  private readonly queries = new Subject<string>();
  protected readonly found = signal<Found>({ q: '', agents: [] });
  protected readonly searching = signal(false);
  protected readonly status = computed(() => {
    const { q, agents } = this.found();
    return pickerStatus({ q, count: agents ? agents.length : null }, this.searching());
  });
  protected readonly id = `gov-agent-picker-${++pickers}`;

  constructor() {
    this.queries
      .pipe(
        map((q) => q.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        tap((q) => this.searching.set(q.length >= 2)),
        switchMap((q) => {
          if (q.length < 2) return of<Found>({ q, agents: [] });
          return this.api.findAgents(q, MAX_CHOICES).pipe(
            map((page): Found => ({ q, agents: page.items.slice(0, MAX_CHOICES) })),
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

  protected pick(agent: AgentDirectoryEntry): void {
    this.agent.set(agent);
    this.found.set({ q: '', agents: [] });
    this.queries.next('');
    // The list the focus was in is gone: put it on the choice's "Changer" button.
    afterNextRender(() => this.changeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected clear(): void {
    this.agent.set(null);
    afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
  }
}
