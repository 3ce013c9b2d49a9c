import { ChangeDetectionStrategy, Component, computed, ElementRef, input, output, viewChild } from '@angular/core';
import type { OrgUnitSummary } from '@maillage/directory/contracts';
import type { AgentSearchFilters, ListedStatus, UnitOption } from '@maillage/directory/web/data-access';

const STATUSES: readonly { readonly value: ListedStatus; readonly label: string }[] = [
  { value: 'active', label: 'Actif' },
  { value: 'on_leave', label: 'En congé' },
];

/**
 * Direction, service and status filters of the annuaire. The service list follows the
 * chosen direction; each choice applies at once (the result count is announced).
 */
@Component({
  selector: 'mlg-agent-search-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-search-filters.component.html',
  styleUrl: './agent-search-filters.component.css',
})
export class AgentSearchFiltersComponent {
  readonly filters = input.required<AgentSearchFilters>();
  readonly directions = input.required<readonly OrgUnitSummary[]>();
  /** The services of the chosen direction. */
  readonly services = input.required<readonly UnitOption[]>();
  readonly filtersChange = output<AgentSearchFilters>();

  protected readonly statuses = STATUSES;
  private readonly directionSelect = viewChild.required<ElementRef<HTMLSelectElement>>('direction');
  protected readonly active = computed(() => {
    const { directionId, unitId, status } = this.filters();
    return !!(directionId || unitId || status);
  });

  /** Sub-units are indented under their service (options cannot hold markup). */
  protected indent(depth: number): string {
    return '\u00a0\u00a0\u00a0'.repeat(depth);
  }

  protected chooseDirection(value: string): void {
    // Another direction's services no longer apply.
    this.filtersChange.emit({ ...this.filters(), directionId: value || null, unitId: null });
  }

  protected chooseService(value: string): void {
    this.filtersChange.emit({ ...this.filters(), unitId: value || null });
  }

  protected chooseStatus(value: string): void {
    const status = STATUSES.find((option) => option.value === value)?.value ?? null;
    this.filtersChange.emit({ ...this.filters(), status });
  }

  protected clear(): void {
    this.filtersChange.emit({ directionId: null, unitId: null, status: null });
    // The button disappears with the filters: keep the keyboard focus in the form.
    this.directionSelect().nativeElement.focus();
  }
}
