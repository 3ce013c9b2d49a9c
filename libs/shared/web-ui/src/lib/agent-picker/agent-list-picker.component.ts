import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, model, viewChild } from '@angular/core';
import { AgentOption, AgentSearch, agentDetail, agentOptionOf } from './agent-option';
import { AgentSearchComponent } from './agent-search.component';

let pickers = 0;

/**
 * Chooses several agents. The chosen people form a list, each with a "Retirer" button;
 * with `leadLabel`, the first person is named as such and any other can be moved first.
 */
@Component({
  selector: 'mlg-agent-list-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentSearchComponent],
  templateUrl: './agent-list-picker.component.html',
  styleUrl: './agent-list-picker.component.css',
})
export class AgentListPickerComponent {
  readonly legend = input.required<string>();
  readonly hint = input('');
  readonly search = input.required<AgentSearch>();
  readonly agents = model<readonly AgentOption[]>([]);
  /** Agents chosen elsewhere in the form, with the reason they cannot be chosen here. */
  readonly unavailable = input<ReadonlyMap<string, string>>(new Map());
  /** Names the first person (e.g. "Chef de projet"). */
  readonly leadLabel = input<string | null>(null);
  readonly error = input<string | null>(null);

  private readonly injector = inject(Injector);
  private readonly searchBox = viewChild.required(AgentSearchComponent);
  protected readonly id = `agent-list-picker-${++pickers}`;
  protected readonly detail = agentDetail;
  /** Those already in the list are offered too, but say so rather than being added twice. */
  protected readonly reasons = computed(
    () => new Map<string, string>([...this.unavailable(), ...this.agents().map((agent): [string, string] => [agent.id, 'déjà dans la liste'])]),
  );

  protected add(agent: AgentOption): void {
    this.agents.update((agents) => [...agents, agentOptionOf(agent)]);
    // Ready for the next name: the box is emptied and keeps the focus.
    this.searchBox().reset();
    this.searchBox().focus();
  }

  protected remove(index: number): void {
    this.agents.update((agents) => agents.filter((_, i) => i !== index));
    // The button pressed is gone: the focus goes back to the search box.
    afterNextRender(() => this.searchBox().focus(), { injector: this.injector });
  }

  protected moveFirst(index: number): void {
    this.agents.update((agents) => [agents[index], ...agents.filter((_, i) => i !== index)]);
    afterNextRender(() => this.searchBox().focus(), { injector: this.injector });
  }
}
