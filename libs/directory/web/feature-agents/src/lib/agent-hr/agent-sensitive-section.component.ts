import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AgentProfile } from '@maillage/directory/contracts';
import { AgentHrFieldsComponent } from './agent-hr-fields.component';

/**
 * The HR fields the visibility policy releases to a viewer who is not HR (the agent
 * themself, their manager chain…), read-only, as the server put them in the profile.
 * Nothing is shown when nothing is released.
 */
@Component({
  selector: 'mlg-agent-sensitive-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentHrFieldsComponent],
  template: `
    @if (released()) {
      <section class="mlg-card sensitive" aria-labelledby="sensitive-title">
        <h2 id="sensitive-title">Informations RH</h2>
        <mlg-agent-hr-fields [record]="agent().sensitive" />
      </section>
    }
  `,
  styles: `
    .sensitive { margin-block: 1.5rem; }
    .sensitive h2 { margin-block-start: 0; font-size: 1.25rem; }
  `,
})
export class AgentSensitiveSectionComponent {
  readonly agent = input.required<AgentProfile>();
  protected readonly released = computed(() => Object.keys(this.agent().sensitive ?? {}).length > 0);
}
