import { computed, inject, Injectable, signal } from '@angular/core';
import type { OrgUnitSummary } from '@maillage/directory/contracts';
import { CompetencesApi } from './competences.api';

const byName = (a: OrgUnitSummary, b: OrgUnitSummary) => a.name.localeCompare(b.name, 'fr');

/** The open directions, for the search filter and the team builder: loaded once, they change rarely. */
@Injectable({ providedIn: 'root' })
export class DirectionsStore {
  private readonly api = inject(CompetencesApi);
  private readonly units = signal<readonly OrgUnitSummary[] | null>(null);
  private readonly failed = signal(false);
  private requested = false;

  readonly directions = computed(() => (this.units() ?? []).filter((unit) => unit.kind === 'direction' && !unit.closed).sort(byName));
  readonly loaded = computed(() => this.units() !== null);
  readonly loadFailed = this.failed.asReadonly();

  nameOf(directionId: string): string | null {
    return (this.units() ?? []).find((unit) => unit.id === directionId)?.name ?? null;
  }

  ensureLoaded(): void {
    if (this.requested) return;
    this.requested = true;
    this.failed.set(false);
    this.api.orgUnits().subscribe({
      next: (units) => this.units.set(units),
      error: () => {
        this.requested = false;
        this.failed.set(true);
      },
    });
  }
}
