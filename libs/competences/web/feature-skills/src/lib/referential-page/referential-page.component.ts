import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReferentialAdminStore } from '@maillage/competences/web/data-access';
import { NewSkillFormComponent } from './new-skill-form.component';
import { ReferentialSkillCardComponent } from './referential-skill-card.component';
import { countLabel, domainsOf, groupByDomain } from './referential-view';

/**
 * "Référentiel des compétences" (admins): add, rename, add synonyms, merge duplicates, and read
 * each skill's history. Nothing here says who declared a skill, nor how many did: no ranking.
 */
@Component({
  selector: 'mlg-referential-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NewSkillFormComponent, ReferentialSkillCardComponent],
  providers: [ReferentialAdminStore],
  templateUrl: './referential-page.component.html',
  styleUrls: ['../shared/competences-page.css', './referential-page.css'],
})
export class ReferentialPageComponent {
  protected readonly store = inject(ReferentialAdminStore);
  protected readonly filter = signal('');
  private readonly skills = computed(() => this.store.skills() ?? []);
  protected readonly domains = computed(() => domainsOf(this.skills()));
  protected readonly groups = computed(() => groupByDomain(this.skills(), this.filter()));
  protected readonly count = computed(() => (this.store.skills() ? countLabel(this.groups(), this.filter()) : ''));
  private readonly labels = computed(() => new Map(this.skills().map((s) => [s.skillId, s.label])));
  protected readonly status = computed(() => {
    if (this.store.error()) return this.store.error() === 'forbidden' ? 'Cette page est réservée aux administrateurs.' : 'Le référentiel n’a pas pu être chargé.';
    return this.store.loading() && !this.store.skills() ? 'Chargement du référentiel…' : '';
  });

  constructor() {
    this.store.load();
  }

  protected labelOf(skillId: string | null): string | null {
    return skillId ? (this.labels().get(skillId) ?? null) : null;
  }
}
