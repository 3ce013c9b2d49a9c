import { computed, inject, Injectable, signal } from '@angular/core';
import type { SkillSummary } from '@maillage/competences/contracts';
import { CompetencesApi } from './competences.api';

/** The whole referential (~160 skills), loaded once, to name the skills of a saved request. */
@Injectable({ providedIn: 'root' })
export class SkillReferentialStore {
  private readonly api = inject(CompetencesApi);
  private readonly all = signal<readonly SkillSummary[] | null>(null);
  private requested = false;

  private readonly labels = computed(() => new Map((this.all() ?? []).map((skill) => [skill.skillId, skill.label])));

  labelOf(skillId: string): string | null {
    return this.labels().get(skillId) ?? null;
  }

  ensureLoaded(): void {
    if (this.requested) return;
    this.requested = true;
    this.api.skills().subscribe({
      next: (skills) => this.all.set(skills),
      error: () => (this.requested = false),
    });
  }
}
