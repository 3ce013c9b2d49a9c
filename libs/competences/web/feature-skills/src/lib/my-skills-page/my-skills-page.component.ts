import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MySkillsStore } from '@maillage/competences/web/data-access';
import { AddSkillFormComponent } from './add-skill-form.component';
import { DeclaredSkillCardComponent } from './declared-skill-card.component';
import { mySkillsStatus } from './my-skills-status';

@Component({
  selector: 'mlg-my-skills-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AddSkillFormComponent, DeclaredSkillCardComponent],
  providers: [MySkillsStore],
  templateUrl: './my-skills-page.component.html',
  styleUrls: ['../shared/competences-page.css', './my-skills.css'],
})
export class MySkillsPageComponent {
  protected readonly store = inject(MySkillsStore);
  private readonly listTitle = viewChild.required<ElementRef<HTMLElement>>('listTitle');
  /** Said once a skill is withdrawn (its card, and the focus in it, are gone). */
  protected readonly withdrawal = signal('');
  protected readonly status = computed(() => mySkillsStatus({ loading: this.store.loading(), error: this.store.error(), count: this.store.skills()?.length ?? null }));

  constructor() {
    this.store.load();
  }

  protected onWithdrawn(label: string): void {
    this.withdrawal.set(`« ${label} » est retirée de vos compétences.`);
    this.listTitle().nativeElement.focus();
  }
}
