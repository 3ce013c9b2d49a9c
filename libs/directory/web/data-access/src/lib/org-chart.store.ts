import { computed, inject, Injectable, signal } from '@angular/core';
import type { OrgChartLevel, OrgChartUnit } from '@maillage/directory/contracts';
import { DirectoryApi } from './directory.api';
import { descendantsOf, visibleOrgTree } from './org-chart-tree';

const without = (set: ReadonlySet<string>, ...ids: string[]) => {
  const next = new Set(set);
  ids.forEach((id) => next.delete(id));
  return next;
};

/**
 * The organigramme, one level at a time: only unfolded units are fetched and shown, so a
 * city of thousands of agents never renders at once. Provide it in the org chart page.
 */
@Injectable()
export class OrgChartStore {
  private readonly api = inject(DirectoryApi);
  private readonly topUnits = signal<readonly OrgChartUnit[] | null>(null);
  private readonly levels = signal<ReadonlyMap<string, OrgChartLevel>>(new Map());
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  private readonly loading = signal<ReadonlySet<string>>(new Set());
  private readonly failure = signal<{ readonly unitId: string | null } | null>(null);

  readonly started = computed(() => this.topUnits() !== null);
  /** Null on success; the unit whose level failed to load (null unitId: the top). */
  readonly error = this.failure.asReadonly();
  readonly tree = computed(() =>
    visibleOrgTree(this.topUnits() ?? [], { levels: this.levels(), expanded: this.expanded(), loading: this.loading() }),
  );

  start(): void {
    this.failure.set(null);
    this.api.getOrgChart(null).subscribe({
      next: (level) => this.topUnits.set(level.children),
      error: () => this.failure.set({ unitId: null }),
    });
  }

  toggle(unitId: string): void {
    if (this.expanded().has(unitId)) this.collapse(unitId);
    else this.expand(unitId);
  }

  expand(unitId: string): void {
    this.failure.set(null);
    this.expanded.update((set) => new Set(set).add(unitId));
    // Levels are fetched again at each unfolding: the chart reflects moves made meanwhile.
    this.loading.update((set) => new Set(set).add(unitId));
    this.api.getOrgChart(unitId).subscribe({
      next: (level) => {
        this.levels.update((levels) => new Map(levels).set(unitId, level));
        this.loading.update((set) => without(set, unitId));
      },
      error: () => {
        this.expanded.update((set) => without(set, unitId));
        this.loading.update((set) => without(set, unitId));
        this.failure.set({ unitId });
      },
    });
  }

  collapse(unitId: string): void {
    const below = descendantsOf(this.tree(), unitId);
    this.expanded.update((set) => without(set, unitId, ...below));
  }
}
