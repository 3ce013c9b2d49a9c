import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { SkillScope } from '@maillage/competences/contracts';
import { SCOPES, scopeFromValue, scopeLabel, scopeSentence } from '../labels/skill-labels';

let choices = 0;

/** Who may see a skill: four radios and a live sentence that says exactly who will see it. */
@Component({
  selector: 'mlg-scope-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="scope">
      <legend>Qui peut voir cette compétence ?<span class="mlg-visually-hidden"> {{ skillName() }}</span></legend>
      <ul class="radios">
        @for (option of scopes; track option) {
          <li>
            <input
              type="radio"
              [id]="id + '-' + option"
              [name]="id"
              [value]="option"
              [checked]="scope() === option"
              (change)="scope.set(read(option))"
            />
            <label [for]="id + '-' + option">{{ label(option) }}@if (option === 'hidden') {<span class="default">&nbsp;(par défaut)</span>}</label>
          </li>
        }
      </ul>
      <!-- Always in the DOM, so each change of choice is read out. -->
      <p class="sentence" aria-live="polite" aria-atomic="true">{{ sentence() }}</p>
    </fieldset>
  `,
  styles: `
    .scope { margin: 0 0 1rem; padding: 0; border: 0; }
    legend { padding: 0; font-weight: 600; }
    .radios { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0.25rem 0 0; padding: 0; list-style: none; }
    .radios li { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
    .radios input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--mlg-primary); }
    .default { color: var(--mlg-text-muted); }
    .sentence { margin: 0.25rem 0 0; padding: 0.5rem 0.75rem; font-weight: 600; background: var(--mlg-surface-alt); border-radius: var(--mlg-radius); }
  `,
})
export class ScopeChoiceComponent {
  readonly scope = model.required<SkillScope>();
  /** Said to screen readers after the legend, to tell one skill's choice from another's. */
  readonly skillName = input('');

  protected readonly id = `scope-choice-${++choices}`;
  protected readonly scopes = SCOPES;
  protected readonly label = scopeLabel;
  protected readonly read = scopeFromValue;
  protected readonly sentence = computed(() => scopeSentence(this.scope()));
}
