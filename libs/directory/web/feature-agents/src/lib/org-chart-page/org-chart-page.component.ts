import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { OrgChartStore, OrgTreeUnit } from '@maillage/directory/web/data-access';
import { OrgChartGraphComponent, OrgChartNode, OrgTreeListComponent } from '@maillage/directory/web/ui-org-chart';
import { isNarrowScreen } from '@maillage/shared/web-util';
import { map } from 'rxjs';
import { orgChartGraph, orgTreeItems, toggleAnnouncement } from './org-chart-view';

type View = 'graphique' | 'liste';

const findUnit = (tree: readonly OrgTreeUnit[], id: string): OrgTreeUnit | null => {
  for (const unit of tree) {
    if (unit.unit.id === id) return unit;
    const inner = findUnit(unit.children, id);
    if (inner) return inner;
  }
  return null;
};

/**
 * The organigramme: starts at the top, unfolds one unit at a time. Drawn as a graph, or
 * as nested lists (the screen reader alternative); both show the same state.
 */
@Component({
  selector: 'mlg-org-chart-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OrgChartGraphComponent, OrgTreeListComponent],
  providers: [OrgChartStore],
  templateUrl: './org-chart-page.component.html',
  styleUrl: './org-chart-page.component.css',
})
export class OrgChartPageComponent {
  protected readonly store = inject(OrgChartStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly lastToggle = signal<{ readonly id: string; readonly action: 'expand' | 'collapse' } | null>(null);

  /** A phone opens on the list: a drawing wider than the screen helps nobody there. */
  private readonly defaultView: View = isNarrowScreen() ? 'liste' : 'graphique';
  /** The chosen view is in the URL (?vue=liste), so it survives a visit to a fiche and back. */
  protected readonly view = toSignal(
    this.route.queryParamMap.pipe(map((params): View => (params.get('vue') === 'liste' || params.get('vue') === 'graphique' ? (params.get('vue') as View) : this.defaultView))),
    { initialValue: this.defaultView },
  );
  protected readonly graph = computed(() => orgChartGraph(this.store.tree()));
  protected readonly items = computed(() => orgTreeItems(this.store.tree()));
  protected readonly announcement = computed(() => {
    const last = this.lastToggle();
    return last ? toggleAnnouncement(findUnit(this.store.tree(), last.id), last.action) : '';
  });
  protected readonly topFailed = computed(() => this.store.error()?.unitId === null);
  protected readonly failedUnitName = computed(() => {
    const unitId = this.store.error()?.unitId;
    return unitId ? (findUnit(this.store.tree(), unitId)?.unit.name ?? null) : null;
  });
  protected readonly agentLink = (agentId: string) => ['/agents', agentId];

  constructor() {
    this.store.start();
  }

  protected show(view: View): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { vue: view === this.defaultView ? null : view }, replaceUrl: true });
  }

  protected activate(node: OrgChartNode): void {
    if (node.kind === 'agent') {
      void this.router.navigate(this.agentLink(node.id));
      return;
    }
    if (!node.expandable) return;
    this.lastToggle.set({ id: node.id, action: node.expanded ? 'collapse' : 'expand' });
    this.store.toggle(node.id);
  }
}
