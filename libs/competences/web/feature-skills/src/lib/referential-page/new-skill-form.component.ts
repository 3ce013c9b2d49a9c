import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { ReferentialAdminStore } from '@maillage/competences/web/data-access';
import { feedbackOf } from '@maillage/shared/web-util';
import { REFERENTIAL_FEEDBACK } from '../shared/feedback';
import { synonymsOf } from './referential-view';

/** "Ajouter une compétence au référentiel": a label, one of the existing domains, synonyms. */
@Component({
  selector: 'mlg-new-skill-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-skill-form.component.html',
  styleUrl: './referential-page.css',
})
export class NewSkillFormComponent {
  readonly domains = input.required<readonly string[]>();

  private readonly store = inject(ReferentialAdminStore);
  private readonly injector = inject(Injector);
  private readonly labelInput = viewChild.required<ElementRef<HTMLInputElement>>('labelInput');
  private readonly domainSelect = viewChild.required<ElementRef<HTMLSelectElement>>('domainSelect');
  private readonly result = viewChild.required<ElementRef<HTMLElement>>('result');

  protected readonly label = signal('');
  protected readonly domain = signal('');
  protected readonly synonyms = signal('');
  protected readonly pending = signal(false);
  protected readonly labelError = signal<string | null>(null);
  protected readonly domainError = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);

  protected add(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    const label = this.label().trim();
    this.message.set(null);
    this.labelError.set(label.length < 2 ? 'Le libellé doit compter au moins 2 caractères.' : null);
    this.domainError.set(this.domain() ? null : 'Choisissez le domaine de la compétence.');
    if (this.labelError()) return this.labelInput().nativeElement.focus();
    if (this.domainError()) return this.domainSelect().nativeElement.focus();
    this.pending.set(true);
    this.store.define({ label, domain: this.domain(), synonyms: synonymsOf(this.synonyms()) }).subscribe((outcome) => {
      this.pending.set(false);
      const feedback = feedbackOf(outcome, `« ${label} » est ajoutée au référentiel, dans « ${this.domain()} ».`, REFERENTIAL_FEEDBACK);
      if (feedback.kind === 'error') {
        // A duplicate or an empty label: the reason belongs to the label.
        this.labelError.set(feedback.text);
        this.labelInput().nativeElement.focus();
        return;
      }
      this.label.set('');
      this.synonyms.set('');
      this.message.set(feedback.text);
      afterNextRender(() => this.result().nativeElement.focus(), { injector: this.injector });
    });
  }
}
