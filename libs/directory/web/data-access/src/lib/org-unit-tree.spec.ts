import type { OrgUnitSummary } from '@maillage/directory/contracts';
import { openDirections, servicesOf, unitsByDirection } from './org-unit-tree';

const unit = (id: string, name: string, kind: OrgUnitSummary['kind'], parentId: string | null, closed = false): OrgUnitSummary => ({
  id,
  name,
  kind,
  parentId,
  headAgentId: null,
  closed,
  version: 1,
});

const units = [
  unit('dgs', 'Direction Générale des Services', 'direction', null),
  unit('drh', 'Direction des Ressources Humaines', 'direction', 'dgs'),
  unit('dab', 'Direction des Bâtiments', 'direction', 'dgs'),
  unit('old', 'Direction supprimée', 'direction', 'dgs', true),
  unit('jur', 'Service Affaires juridiques', 'service', 'dgs'),
  unit('paie', 'Service Paie', 'service', 'drh'),
  unit('form', 'Service Formation', 'service', 'drh'),
  unit('cell', 'Cellule retraites', 'unit', 'paie'),
  unit('gone', 'Service fermé', 'service', 'drh', true),
];

describe('org unit tree', () => {
  it('offers the open directions, the top one first, then in alphabetical order', () => {
    expect(openDirections(units).map((u) => u.id)).toEqual(['dgs', 'dab', 'drh']);
  });

  it("lists a direction's open services and their units, depth first, without crossing into sub-directions", () => {
    expect(servicesOf(units, 'drh').map(({ unit, depth }) => [unit.id, depth])).toEqual([
      ['form', 0],
      ['paie', 0],
      ['cell', 1],
    ]);
    expect(servicesOf(units, 'dgs').map(({ unit }) => unit.id)).toEqual(['jur']);
  });

  it('groups every open unit under its direction, the direction itself first', () => {
    const drh = unitsByDirection(units).find((group) => group.direction.id === 'drh');
    expect(drh?.units.map(({ unit, depth }) => [unit.id, depth])).toEqual([
      ['drh', 0],
      ['form', 1],
      ['paie', 1],
      ['cell', 2],
    ]);
  });
});
