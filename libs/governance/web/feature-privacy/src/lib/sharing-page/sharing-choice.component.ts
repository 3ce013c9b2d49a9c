import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import {
  AgentChosenField,
  CHOOSABLE_AUDIENCES,
  ChoosableAudience,
  effectiveAudiences,
  sameAudiences,
  SharingStore,
} from '@maillage/governance/web/data-access';
import { Feedback, feedbackOf } from '@maillage/shared/web-util';
import { FeedbackComponent } from '@maillage/shared/web-ui';
import { CHOICE_LABELS, sharingSentence } from '../labels/audience-labels';
import { GOVERNANCE_FEEDBACK } from '../shared/feedback';

const LEGENDS: Readonly<Record<AgentChosenField, string>> = {
  diplomas: 'Qui peut voir vos diplômes ?',
  experience: 'Qui peut voir votre expérience ?',
};
const SAVED: Readonly<Record<AgentChosenField, string>> = {
  diplomas: 'Votre choix pour vos diplômes est enregistré. Il s’applique dès maintenant.',
  experience: 'Votre choix pour votre expérience est enregistré. Il s’applique dès maintenant.',
};

/** One agent-chosen field: audience checkboxes and a sentence that says exactly who will see it. */
@Component({
  selector: 'mlg-sharing-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FeedbackComponent],
  templateUrl: './sharing-choice.component.html',
  styleUrl: './sharing-choice.component.css',
})
export class SharingChoiceComponent {
  readonly field = input.required<AgentChosenField>();

  private readonly store = inject(SharingStore);
  protected readonly audiences = CHOOSABLE_AUDIENCES;
  protected readonly labels = CHOICE_LABELS;
  protected readonly legend = computed(() => LEGENDS[this.field()]);
  protected readonly allowed = computed(() => this.store.allowed(this.field())());
  private readonly saved = computed(() => this.store.chosen(this.field())());
  /** The ticks, reset to the saved choice whenever that changes. */
  protected readonly ticked = linkedSignal<readonly ChoosableAudience[]>(() => this.saved());
  /** What would apply: the ticks within the committee's ceiling. */
  private readonly effective = computed(() => effectiveAudiences(this.ticked(), this.allowed()));
  protected readonly sentence = computed(() => sharingSentence(this.field(), this.effective()));
  protected readonly dirty = computed(() => !sameAudiences(this.effective(), effectiveAudiences(this.saved(), this.allowed())));
  protected readonly pending = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);

  protected isTicked(audience: ChoosableAudience): boolean {
    return this.ticked().includes(audience);
  }

  protected isAllowed(audience: ChoosableAudience): boolean {
    return this.allowed().includes(audience);
  }

  protected toggle(audience: ChoosableAudience, checked: boolean): void {
    this.feedback.set(null);
    this.ticked.update((ticked) => (checked ? [...ticked, audience] : ticked.filter((a) => a !== audience)));
  }

  protected save(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    this.pending.set(true);
    this.feedback.set(null);
    // Exactly what the sentence says: ticks the committee does not allow are not sent.
    this.store.save(this.field(), this.effective()).subscribe((outcome) => {
      this.pending.set(false);
      this.feedback.set(feedbackOf(outcome, SAVED[this.field()], GOVERNANCE_FEEDBACK));
    });
  }
}
