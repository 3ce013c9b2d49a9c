import { ChangeDetectionStrategy, Component, computed, ElementRef, input, output, signal, viewChild, viewChildren } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, debounceTime, filter, from, map, merge, of, Subject, switchMap, tap } from 'rxjs';
import { AGENT_SEARCH_HINT, AgentOption, AgentSearch, agentDetail, MAX_AGENT_CHOICES } from './agent-option';
import { focusAfterKey, pickerStatus, SEARCH_BOX } from './picker-status';

const DEBOUNCE_MS = 250;
let boxes = 0;

type Found = { readonly q: string; readonly agents: readonly AgentOption[] | null };
const NOTHING: Found = { q: '', agents: [] };

/**
 * The search box of the agent pickers: two letters at least, debounced, the latest search
 * winning. Results are plain buttons in a list, announced by a live count: simpler for
 * keyboard and screen-reader users than a hand-made combobox, and the same on every
 * browser. Arrow keys move the focus between the box and the buttons; Escape goes back.
 */
@Component({
  selector: 'mlg-agent-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-search.component.html',
  styleUrl: './agent-search.component.css',
})
export class AgentSearchComponent {
  readonly label = input.required<string>();
  /** Added to the label for screen readers only, and names the results (e.g. the list being filled). */
  readonly context = input('');
  readonly hint = input(AGENT_SEARCH_HINT);
  readonly placeholder = input<string | null>(null);
  readonly search = input.required<AgentSearch>();
  /** Agents offered but not choosable here, with the reason shown next to them. */
  readonly unavailable = input<ReadonlyMap<string, string>>(new Map());
  /** With a value (even null), results are toggle buttons and this agent's is pressed. */
  readonly selectedId = input<string | null | undefined>(undefined);
  /** The id of an error message about this choice, shown elsewhere. */
  readonly errorId = input<string | null>(null);
  readonly picked = output<AgentOption>();

  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');
  private readonly choices = viewChildren<ElementRef<HTMLButtonElement>>('choice');
  private readonly queries = new Subject<string>();
  private readonly resets = new Subject<void>();
  protected readonly id = `agent-search-${++boxes}`;
  protected readonly found = signal<Found>(NOTHING);
  protected readonly searching = signal(false);
  protected readonly agents = computed(() => this.found().agents ?? []);
  protected readonly status = computed(() => {
    const { q, agents } = this.found();
    return pickerStatus({ q, count: agents ? agents.length : null }, this.searching());
  });
  protected readonly describedBy = computed(() => [this.hint() ? `${this.id}-hint` : null, this.errorId()].filter(Boolean).join(' ') || null);
  protected readonly detail = agentDetail;
  protected readonly inBox = SEARCH_BOX;

  constructor() {
    const typed = this.queries.pipe(
      map((q) => q.trim()),
      debounceTime(DEBOUNCE_MS),
      // The same words as the results shown are not searched again, unless that search failed.
      filter((q) => q !== this.found().q || this.found().agents === null),
    );
    // A reset is not debounced: it also drops a search still under way.
    merge(typed, this.resets.pipe(map(() => '')))
      .pipe(
        tap((q) => this.searching.set(q.length >= 2)),
        switchMap((q) => {
          if (q.length < 2) return of<Found>({ q, agents: [] });
          return from(this.search()(q)).pipe(
            map((agents): Found => ({ q, agents: agents.slice(0, MAX_AGENT_CHOICES) })),
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

  focus(): void {
    this.box().nativeElement.focus();
  }

  /** Empties the box and the results, ready for the next name. */
  reset(): void {
    this.box().nativeElement.value = '';
    // Replaces any words still waiting for the debounce.
    this.queries.next('');
    this.resets.next();
  }

  protected reasonOf(agentId: string): string | null {
    return this.unavailable().get(agentId) ?? null;
  }

  protected onInput(value: string): void {
    this.queries.next(value);
  }

  protected pick(agent: AgentOption): void {
    if (!this.reasonOf(agent.id)) this.picked.emit(agent);
  }

  /** From the box (`SEARCH_BOX`) or the result at `index`. */
  protected onKeydown(event: KeyboardEvent, index: number): void {
    // Enter in the box would submit the form around the picker.
    if (index === SEARCH_BOX && event.key === 'Enter') {
      event.preventDefault();
      return;
    }
    const target = focusAfterKey(index, this.agents().length, event.key);
    if (target === null) return;
    event.preventDefault();
    const element = target === SEARCH_BOX ? this.box() : this.choices()[target];
    element?.nativeElement.focus();
  }
}
