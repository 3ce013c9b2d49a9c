import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import type { SkillLevel, SkillScope } from '@maillage/competences/contracts';
import { ChosenSkill, MySkillsStore } from '@maillage/competences/web/data-access';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { DEFAULT_SCOPE, LEVELS, levelFromValue, levelLabel, NO_LEVEL_LABEL, scopeSentence } from '../labels/skill-labels';
import { COMPETENCES_FEEDBACK } from '../shared/feedback';
import { SkillComboboxComponent } from '../skill-combobox';
import { ScopeChoiceComponent } from './scope-choice.component';

/** "Ajouter une compétence": a skill of the referential, private unless the agent chooses otherwise. */
@Component({
  selector: 'mlg-add-skill-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent, ScopeChoiceComponent, SkillComboboxComponent],
  templateUrl: './add-skill-form.component.html',
  styleUrl: './my-skills.css',
})
export class AddSkillFormComponent {
  private readonly store = inject(MySkillsStore);
  private readonly combobox = viewChild.required(SkillComboboxComponent);
  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly noLevel = NO_LEVEL_LABEL;

  protected readonly skill = signal<ChosenSkill | null>(null);
  protected readonly level = signal<SkillLevel | null>(null);
  protected readonly wishesToDevelop = signal(false);
  protected readonly scope = signal<SkillScope>(DEFAULT_SCOPE);
  protected readonly pending = signal(false);
  protected readonly skillError = signal<string | null>(null);
  protected readonly feedback = signal<Feedback | null>(null);
  /** Already declared skills stay in the list, marked, rather than silently missing. */
  protected readonly declared = computed(() => new Map((this.store.skills() ?? []).map((skill) => [skill.skillId, 'déjà dans vos compétences'])));

  protected chooseLevel(value: string): void {
    this.level.set(levelFromValue(value));
  }

  protected add(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    this.feedback.set(null);
    const skill = this.skill();
    if (!skill) {
      this.skillError.set('Choisissez une compétence dans la liste proposée.');
      this.combobox().focus();
      return;
    }
    this.skillError.set(null);
    this.pending.set(true);
    const scope = this.scope();
    this.store.declare({ skillId: skill.skillId, level: this.level(), wishesToDevelop: this.wishesToDevelop(), scope }).subscribe((outcome) => {
      this.pending.set(false);
      this.feedback.set(feedbackOf(outcome, `« ${skill.label} » est ajoutée à vos compétences. ${scopeSentence(scope)}`, COMPETENCES_FEEDBACK));
      if (outcome.kind !== 'done') return;
      this.combobox().reset();
      this.level.set(null);
      this.wishesToDevelop.set(false);
      this.scope.set(DEFAULT_SCOPE);
      // Ready for the next skill.
      this.combobox().focus();
    });
  }
}
