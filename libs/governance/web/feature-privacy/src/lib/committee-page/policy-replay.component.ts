import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { CommitteeStore } from '@maillage/governance/web/data-access';
import { formatDateOnly } from '@maillage/shared/web-util';
import { RulesTableComponent } from '../rules-table';

/** Replays the decisions up to a date: who could see what on that day. */
@Component({
  selector: 'mlg-policy-replay',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RulesTableComponent],
  template: `
    <form class="replay" (submit)="show($event, atInput.value)">
      <div class="mlg-field">
        <label for="policy-at">Politique en vigueur au</label>
        <p id="policy-at-hint" class="mlg-hint">Laissez vide pour la politique appliquée aujourd'hui.</p>
        <input #atInput id="policy-at" class="mlg-input" type="date" aria-describedby="policy-at-hint" [value]="at() ?? ''" />
      </div>
      <button type="submit" class="mlg-button mlg-button--secondary">Afficher</button>
    </form>

    <p class="status" role="status" aria-atomic="true">
      @if (store.replayLoading()) {
        Chargement de la politique…
      } @else if (store.replayError()) {
        La politique n'a pas pu être chargée. Réessayez dans un instant.
      } @else if (store.replayedPolicy()) {
        {{ title() }} : {{ store.replayedPolicy()?.rules?.length }} règles.
      }
    </p>
    @if (store.replayedPolicy(); as policy) {
      <mlg-rules-table [caption]="title()" [rules]="policy.rules" [busy]="store.replayLoading()" />
    }
  `,
  styleUrls: ['../shared/privacy-page.css'],
  styles: `
    .replay { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0 1rem; }
    .replay .mlg-button { margin-block-end: 1rem; }
  `,
})
export class PolicyReplayComponent {
  protected readonly store = inject(CommitteeStore);
  protected readonly at = signal<string | null>(null);
  protected readonly title = computed(() => {
    const at = this.store.replayedPolicy()?.at ?? null;
    return at ? `Politique en vigueur au ${formatDateOnly(at)}` : "Politique appliquée aujourd'hui";
  });

  constructor() {
    this.store.replayAt(null);
  }

  protected show(event: Event, value: string): void {
    event.preventDefault();
    const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    this.at.set(at);
    this.store.replayAt(at);
  }
}
