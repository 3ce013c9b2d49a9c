import { BASE_DIRECTIONS, DGS_SERVICES } from './base-directions';
import { DirectionTheme, FAMILIES, ServiceTemplate } from './catalogue';
import { SECTOR_DIRECTIONS, sectorName } from './sector-directions';

/** Agents one head of service or team lead has at most; the planner aims for fewer. */
export const MAX_STAFF_PER_UNIT = 12;
const STAFF_TARGET = 10;
/** Above this many directions the DGS delegates to DGAs, one per pôle, to keep their span small. */
const MAX_DIRECTIONS_UNDER_DGS = 12;
const MAX_DIRECTIONS_PER_POLE = 12;
const MAX_POLES = 12;

/**
 * How big each level is. A growing city first splits services into teams,
 * then opens services, then directions (and pôles to hold them), so that no
 * manager ever has more than ~15 direct reports.
 */
export interface Shape {
  /** Teams per service; 0 means agents report to their head of service. */
  readonly teams: number;
  /** Services per direction, never fewer than the catalogue's. */
  readonly services: number;
  readonly directions: number;
}

const GROWTH: readonly { readonly level: 'teams' | 'services'; readonly upTo: number }[] = [
  { level: 'teams', upTo: 4 },
  { level: 'services', upTo: 5 },
  { level: 'teams', upTo: 10 },
  { level: 'services', upTo: 8 },
];

export interface DirectionSpec {
  readonly theme: DirectionTheme;
  readonly sector: string | null;
  readonly name: string;
}

export function directionSpecs(count: number): DirectionSpec[] {
  const specs: DirectionSpec[] = BASE_DIRECTIONS.slice(0, count).map((theme) => ({ theme, sector: null, name: theme.name }));
  for (let i = 0; specs.length < count; i++) {
    const theme = SECTOR_DIRECTIONS[i % SECTOR_DIRECTIONS.length];
    const sector = sectorName(Math.floor(i / SECTOR_DIRECTIONS.length));
    specs.push({ theme, sector, name: `${theme.name} — secteur ${sector}` });
  }
  return specs;
}

export interface PoleSpec {
  readonly name: string;
  readonly directions: readonly DirectionSpec[];
}

/** Null while the DGS can lead every director directly. */
export function poleSpecs(directions: readonly DirectionSpec[]): PoleSpec[] | null {
  if (directions.length <= MAX_DIRECTIONS_UNDER_DGS) return null;
  const poles: PoleSpec[] = [];
  for (const { family, name } of FAMILIES) {
    const members = directions.filter((d) => d.theme.family === family);
    const parts = Math.ceil(members.length / MAX_DIRECTIONS_PER_POLE);
    for (let part = 0; part < parts; part++) {
      // Even chunks (7 + 7 rather than 12 + 2) keep the pôles alike.
      const chunk = members.slice(Math.floor((part * members.length) / parts), Math.floor(((part + 1) * members.length) / parts));
      poles.push({ name: parts === 1 ? name : `${name} ${part + 1}`, directions: chunk });
    }
  }
  return poles;
}

/** The catalogue's services, then its extras, then numbered antennes of the same services. */
export function serviceTemplates(theme: DirectionTheme, shape: Shape): ServiceTemplate[] {
  const pool = [...theme.services, ...theme.extraServices];
  const count = Math.max(theme.services.length, shape.services);
  const templates = pool.slice(0, count);
  for (let i = 0; templates.length < count; i++) {
    const template = pool[i % pool.length];
    templates.push({ ...template, name: `${template.name} — antenne ${Math.floor(i / pool.length) + 2}` });
  }
  return templates;
}

function capacity(shape: Shape): { readonly agents: number; readonly poles: number } {
  const directions = directionSpecs(shape.directions);
  const poles = poleSpecs(directions)?.length ?? 0;
  const services = directions.reduce((sum, d) => sum + Math.max(d.theme.services.length, shape.services), DGS_SERVICES.length);
  const workUnits = services * Math.max(1, shape.teams);
  const heads = 1 + poles + directions.length + services + (shape.teams > 0 ? workUnits : 0);
  const assistants = 1 + poles + directions.length;
  return { agents: heads + assistants + workUnits * STAFF_TARGET, poles };
}

export function shapeFor(agentCount: number): Shape {
  let shape: Shape = { teams: 0, services: 0, directions: BASE_DIRECTIONS.length };
  let stage = 0;
  while (capacity(shape).agents < agentCount) {
    const growth = GROWTH[stage];
    if (!growth) {
      shape = { ...shape, directions: shape.directions + 1 };
    } else if (shape[growth.level] >= growth.upTo) {
      stage++;
    } else if (growth.level === 'teams') {
      shape = { ...shape, teams: Math.max(shape.teams + 1, 2) };
    } else {
      shape = { ...shape, services: Math.max(shape.services + 1, 3) };
    }
  }
  if (capacity(shape).poles > MAX_POLES) {
    throw new RangeError(`${agentCount} agents would need more than ${MAX_POLES} pôles.`);
  }
  return shape;
}
