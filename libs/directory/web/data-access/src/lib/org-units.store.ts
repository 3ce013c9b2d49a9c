import { computed, inject, Injectable, signal } from '@angular/core';
import type { OrgUnitSummary } from '@maillage/directory/contracts';
import { DirectoryApi } from './directory.api';
import { openDirections, servicesOf, unitsByDirection } from './org-unit-tree';

/**
 * The organisation's units, loaded once and shared by the annuaire filters and the
 * fiche's "Changer d'unité": a few dozen rows that change rarely. `refresh()` after a
 * move if a screen must see a renamed or closed unit.
 */
@Injectable({ providedIn: 'root' })
export class OrgUnitsStore {
  private readonly api = inject(DirectoryApi);
  private readonly all = signal<readonly OrgUnitSummary[] | null>(null);
  private readonly failed = signal(false);
  private requested = false;

  readonly units = computed(() => this.all() ?? []);
  readonly loaded = computed(() => this.all() !== null);
  readonly loadFailed = this.failed.asReadonly();
  readonly directions = computed(() => openDirections(this.units()));
  readonly groups = computed(() => unitsByDirection(this.units()));

  servicesOf(directionId: string) {
    return servicesOf(this.units(), directionId);
  }

  nameOf(unitId: string | null): string | null {
    return this.units().find((unit) => unit.id === unitId)?.name ?? null;
  }

  /** Loads the units the first time it is called; later calls reuse them. */
  ensureLoaded(): void {
    if (this.requested) return;
    this.refresh();
  }

  refresh(): void {
    this.requested = true;
    this.failed.set(false);
    this.api.listOrgUnits().subscribe({
      next: (units) => this.all.set(units),
      error: () => {
        this.requested = false;
        this.failed.set(true);
      },
    });
  }
}
