import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, model, viewChild } from '@angular/core';
import { AGENT_SEARCH_HINT, AgentOption, AgentSearch, agentDetail, agentOptionOf } from './agent-option';
import { AgentSearchComponent } from './agent-search.component';

let pickers = 0;

/**
 * Chooses one agent: the search box until then, the chosen agent with a "Changer"
 * button after. The focus follows, since the part it was in disappears.
 */
@Component({
  selector: 'mlg-agent-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentSearchComponent],
  template: `
    @if (agent(); as chosen) {
      <div class="mlg-field" role="group" [attr.aria-labelledby]="id + '-label'">
        <span class="label" [id]="id + '-label'">{{ label() }}</span>
        <p class="chosen">
          <strong>{{ chosen.displayName }}</strong>
          <span class="detail">{{ detail(chosen) }}</span>
        </p>
        <button #change type="button" class="mlg-button mlg-button--secondary" (click)="clear()">
          Changer<span class="mlg-visually-hidden"> : {{ label() }}</span>
        </button>
      </div>
    } @else {
      <mlg-agent-search [label]="label()" [hint]="hint()" [search]="search()" (picked)="pick($event)" />
    }
  `,
  styles: `
    :host { display: block; }
    .label { font-weight: 600; }
    .chosen { display: flex; flex-direction: column; margin: 0; }
    .detail { color: var(--mlg-text-muted); font-size: 0.9375rem; }
    .mlg-button { align-self: flex-start; }
  `,
})
export class AgentPickerComponent {
  readonly label = input.required<string>();
  readonly hint = input(AGENT_SEARCH_HINT);
  readonly search = input.required<AgentSearch>();
  /** The agent chosen, or null for none yet. */
  readonly agent = model<AgentOption | null>(null);

  private readonly injector = inject(Injector);
  private readonly searchBox = viewChild(AgentSearchComponent);
  private readonly changeButton = viewChild<ElementRef<HTMLButtonElement>>('change');
  protected readonly id = `agent-picker-${++pickers}`;
  protected readonly detail = agentDetail;

  protected pick(agent: AgentOption): void {
    this.agent.set(agentOptionOf(agent));
    // The list the focus was in is gone: put it on the choice's "Changer" button.
    afterNextRender(() => this.changeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected clear(): void {
    this.agent.set(null);
    afterNextRender(() => this.searchBox()?.focus(), { injector: this.injector });
  }
}
