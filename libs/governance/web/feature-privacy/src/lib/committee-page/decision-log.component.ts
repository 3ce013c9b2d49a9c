import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CommitteeDecision } from '@maillage/governance/contracts';
import { DateOnlyPipe, InstantPipe } from '@maillage/shared/web-ui';
import { RulesTableComponent } from '../rules-table';

/** The committee's decisions, newest first: what was decided, by whom, and why. */
@Component({
  selector: 'mlg-decision-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateOnlyPipe, InstantPipe, RulesTableComponent],
  template: `
    <ol class="decisions" aria-label="Décisions du comité, les plus récentes d'abord">
      @for (decision of decisions(); track decision.decisionId) {
        <li>
          <article class="mlg-card" [attr.aria-labelledby]="'decision-' + decision.decisionId">
            <h3 [id]="'decision-' + decision.decisionId">{{ decision.title }}</h3>
            <p class="date">
              Décision du <time [attr.datetime]="decision.decidedOn">{{ decision.decidedOn | dateOnly }}</time>
            </p>
            @if (decision.pending) {
              <p class="pending">
                S'appliquera le <time [attr.datetime]="decision.decidedOn">{{ decision.decidedOn | dateOnly }}</time> :
                ses règles sont enregistrées, pas encore en vigueur.
              </p>
            }
            <h4>Participants</h4>
            <ul class="participants">
              @for (participant of decision.participants; track $index) {
                <li>{{ participant }}</li>
              }
            </ul>
            <h4>Justification</h4>
            <p class="rationale">{{ decision.rationale }}</p>
            <h4>Règles fixées</h4>
            <mlg-rules-table [rules]="decision.rules" [caption]="'Règles fixées par la décision « ' + decision.title + ' »'" />
            <p class="recorded mlg-hint">
              Enregistrée le <time [attr.datetime]="decision.recordedAt">{{ decision.recordedAt | instant }}</time>
            </p>
          </article>
        </li>
      }
    </ol>
  `,
  styles: `
    .decisions { display: flex; flex-direction: column; gap: 1rem; margin: 0; padding: 0; list-style: none; }
    h3 { margin: 0; }
    h4 { margin: 1rem 0 0.25rem; font-size: 1rem; }
    .date { margin: 0.25rem 0 0; font-weight: 600; }
    .pending { margin: 0.25rem 0 0; padding: 0.25rem 0.5rem; border-inline-start: 0.25rem solid currentColor; font-style: italic; }
    .participants { margin: 0; padding-inline-start: 1.25rem; }
    .rationale { margin: 0; white-space: pre-line; max-width: 48rem; }
    .recorded { margin: 0.5rem 0 0; }
  `,
})
export class DecisionLogComponent {
  readonly decisions = input.required<readonly CommitteeDecision[]>();
}
