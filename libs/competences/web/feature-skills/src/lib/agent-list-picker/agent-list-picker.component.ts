import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, model, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import { ChosenAgent, CompetencesApi } from '@maillage/competences/web/data-access';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap, tap } from 'rxjs';
import { pickerStatus } from './picker-status';

const MAX_CHOICES = 8;
let pickers = 0;

type Found = { readonly q: string; readonly agents: readonly AgentDirectoryEntry[] | null };

const detailOf = (agent: AgentDirectoryEntry) => [agent.postTitle, agent.directionName ?? agent.unitName].filter(Boolean).join(' — ');

/**
 * Chooses several agents with the annuaire's search (names and posts only). Results are
 * plain buttons announced by a live count; the chosen people form a list, each with a
 * "Retirer" button. With `leadLabel`, the first person is named as such and any other
 * can be moved first.
 */
@Component({
  selector: 'mlg-agent-list-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-list-picker.component.html',
  styleUrl: './agent-list-picker.component.css',
})
export class AgentListPickerComponent {
  readonly legend = input.required<string>();
  readonly hint = input<string>('');
  readonly agents = model<readonly ChosenAgent[]>([]);
  /** Agents chosen elsewhere in the form, with the reason they cannot be chosen here. */
  readonly unavailable = input<ReadonlyMap<string, string>>(new Map());
  /** Names the first person (e.g. "Chef de projet"). */
  readonly leadLabel = input<string | null>(null);
  readonly error = input<string | null>(null);

  private readonly api = inject(CompetencesApi);
  private readonly injector = inject(Injector);
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');
  private readonly queries = new Subject<string>();
  protected readonly id = `agent-list-picker-${++pickers}`;
  protected readonly found = signal<Found>({ q: '', agents: [] });
  protected readonly searching = signal(false);
  protected readonly status = computed(() => {
    const { q, agents } = this.found();
    return pickerStatus({ q, count: agents ? agents.length : null }, this.searching());
  });
  protected readonly chosenIds = computed(() => new Set(this.agents().map((agent) => agent.agentId)));

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

  protected reasonOf(agentId: string): string | null {
    if (this.chosenIds().has(agentId)) return 'déjà dans la liste';
    return this.unavailable().get(agentId) ?? null;
  }

  protected add(agent: AgentDirectoryEntry): void {
    if (this.reasonOf(agent.id)) return;
    this.agents.update((agents) => [...agents, { agentId: agent.id, displayName: agent.displayName, detail: detailOf(agent) }]);
    // Ready for the next name: the box is emptied and keeps the focus.
    const box = this.box().nativeElement;
    box.value = '';
    this.found.set({ q: '', agents: [] });
    this.queries.next('');
    box.focus();
  }

  protected remove(index: number): void {
    this.agents.update((agents) => agents.filter((_, i) => i !== index));
    // The button pressed is gone: the focus goes back to the search box.
    afterNextRender(() => this.box().nativeElement.focus(), { injector: this.injector });
  }

  protected moveFirst(index: number): void {
    this.agents.update((agents) => [agents[index], ...agents.filter((_, i) => i !== index)]);
    afterNextRender(() => this.box().nativeElement.focus(), { injector: this.injector });
  }
}
