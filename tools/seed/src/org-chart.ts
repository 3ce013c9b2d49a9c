import { OrgUnitCreatedData, OrgUnitKind } from '@maillage/directory/domain';
import { DGS_NAME, DGS_SERVICES } from './base-directions';
import {
  ASSISTANT_TITLE,
  DGA_TITLE,
  DGS_TITLE,
  HOTEL_DE_VILLE,
  ServiceTemplate,
  Site,
  Title,
  headOfServiceTitle,
  teamLeadTitle,
} from './catalogue';
import { DirectionSpec, MAX_STAFF_PER_UNIT, Shape, directionSpecs, poleSpecs, serviceTemplates } from './org-shape';
import { Random } from './random';
import { SECTOR_PLACEHOLDER } from './sector-directions';

export type UnitRole = 'dgs' | 'pole' | 'direction' | 'service' | 'team';

/** One org unit with everything needed to staff it: one head, then up to `staffCap` agents. */
export interface PlannedUnit {
  readonly data: OrgUnitCreatedData;
  readonly role: UnitRole;
  readonly headTitle: Title;
  /** The assistant in a direction; the trades of a service or team. */
  readonly staffPosts: readonly Title[];
  readonly staffCap: number;
  /** Relative share of the agents, for units that hold staff. */
  readonly weight: number;
  readonly site: Site;
  readonly children: PlannedUnit[];
}

interface UnitInput {
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly role: UnitRole;
  readonly parent: PlannedUnit | null;
  readonly headTitle: Title;
  readonly staffPosts: readonly Title[];
  readonly staffCap: number;
  readonly weight?: number;
  readonly site: Site;
}

function unit(rng: Random, input: UnitInput): PlannedUnit {
  const { name, kind, parent, weight = 1, ...staffing } = input;
  const data = { unitId: rng.uuid(), name, kind, parentId: parent?.data.unitId ?? null };
  const planned: PlannedUnit = { ...staffing, data, weight, children: [] };
  parent?.children.push(planned);
  return planned;
}

function planService(rng: Random, template: ServiceTemplate, parent: PlannedUnit, site: Site, teams: number): void {
  const weight = (template.weight ?? 1) * (0.6 + 0.8 * rng.next());
  const serviceSite = template.site ?? site;
  const service = unit(rng, {
    name: template.name,
    kind: 'service',
    role: 'service',
    parent,
    headTitle: headOfServiceTitle(template.name),
    staffPosts: template.posts,
    staffCap: teams > 0 ? 0 : MAX_STAFF_PER_UNIT,
    weight,
    site: serviceSite,
  });
  for (let k = 1; k <= teams; k++) {
    unit(rng, {
      name: `${template.name} — équipe ${k}`,
      kind: 'service',
      role: 'team',
      parent: service,
      headTitle: teamLeadTitle(template.name),
      staffPosts: template.posts,
      staffCap: MAX_STAFF_PER_UNIT,
      weight,
      site: serviceSite,
    });
  }
}

function planDirection(rng: Random, spec: DirectionSpec, parent: PlannedUnit, shape: Shape): void {
  const site = rng.pick(spec.theme.sites);
  const localSite = { ...site, name: site.name.replace(SECTOR_PLACEHOLDER, spec.sector ?? '') };
  const direction = unit(rng, {
    name: spec.name,
    kind: 'direction',
    role: 'direction',
    parent,
    headTitle: spec.theme.director,
    staffPosts: [ASSISTANT_TITLE],
    staffCap: 1,
    site: localSite,
  });
  for (const template of serviceTemplates(spec.theme, shape)) planService(rng, template, direction, localSite, shape.teams);
}

/** The whole tree, rooted at the DGS; walking it depth-first puts parents before children. */
export function planOrgChart(rng: Random, shape: Shape): PlannedUnit {
  const office = { kind: 'direction', staffPosts: [ASSISTANT_TITLE], staffCap: 1, site: HOTEL_DE_VILLE } as const;
  const dgs = unit(rng, { ...office, name: DGS_NAME, role: 'dgs', parent: null, headTitle: DGS_TITLE });
  for (const template of DGS_SERVICES) planService(rng, template, dgs, HOTEL_DE_VILLE, shape.teams);
  const directions = directionSpecs(shape.directions);
  const poles = poleSpecs(directions);
  if (!poles) {
    for (const spec of directions) planDirection(rng, spec, dgs, shape);
    return dgs;
  }
  for (const pole of poles) {
    const dga = unit(rng, { ...office, name: pole.name, role: 'pole', parent: dgs, headTitle: DGA_TITLE });
    for (const spec of pole.directions) planDirection(rng, spec, dga, shape);
  }
  return dgs;
}

export function unitsInOrder(root: PlannedUnit): PlannedUnit[] {
  const units: PlannedUnit[] = [];
  const visit = (planned: PlannedUnit): void => {
    units.push(planned);
    planned.children.forEach(visit);
  };
  visit(root);
  return units;
}
