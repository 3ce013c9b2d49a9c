import type { OrgUnitSummary } from '@maillage/directory/contracts';

const byName = (a: OrgUnitSummary, b: OrgUnitSummary) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });

/** An open unit and how deep it sits below the direction it belongs to (for indentation). */
export interface UnitOption {
  readonly unit: OrgUnitSummary;
  readonly depth: number;
}

export interface DirectionGroup {
  readonly direction: OrgUnitSummary;
  /** The direction itself first, then its services and their units, depth first. */
  readonly units: readonly UnitOption[];
}

/**
 * Open directions, the top of the organisation (the DGS) first, then by name. Closed
 * units never take agents, so they are offered neither as filters nor as targets.
 */
export function openDirections(units: readonly OrgUnitSummary[]): OrgUnitSummary[] {
  return units
    .filter((unit) => unit.kind === 'direction' && !unit.closed)
    .sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || byName(a, b));
}

/**
 * The services (and their units) that belong to a direction: its descendants, stopping
 * at sub-directions, which are directions of their own (the DGS holds directions).
 */
export function servicesOf(units: readonly OrgUnitSummary[], directionId: string): UnitOption[] {
  const childrenOf = new Map<string, OrgUnitSummary[]>();
  for (const unit of units) {
    if (unit.closed || unit.kind === 'direction' || !unit.parentId) continue;
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const options: UnitOption[] = [];
  const visit = (parentId: string, depth: number) => {
    for (const child of [...(childrenOf.get(parentId) ?? [])].sort(byName)) {
      options.push({ unit: child, depth });
      visit(child.id, depth + 1);
    }
  };
  visit(directionId, 0);
  return options;
}

/** Every open unit, grouped under its direction: the choices of "Changer d'unité". */
export function unitsByDirection(units: readonly OrgUnitSummary[]): DirectionGroup[] {
  return openDirections(units).map((direction) => ({
    direction,
    units: [{ unit: direction, depth: 0 }, ...servicesOf(units, direction.id).map(({ unit, depth }) => ({ unit, depth: depth + 1 }))],
  }));
}
