import type { SkillLevel } from '@maillage/competences/contracts';
import type { SkillSearchFilters } from '@maillage/competences/web/data-access';
import { LEVELS } from '../labels/skill-labels';

export interface SkillSearchParams {
  readonly q: string;
  readonly page: number;
  readonly filters: SkillSearchFilters;
}

type ParamReader = { get(name: string): string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A hand-edited address must not make the API answer 400: a value that is not one is dropped. */
const idFrom = (value: string | null) => (value && UUID.test(value) ? value : null);
const levelFrom = (value: string | null): SkillLevel | null => ((LEVELS as (string | null)[]).includes(value) ? (value as SkillLevel) : null);

/** ?q=paie&direction=<uuid>&niveau=maitrise&page=2 */
export function skillSearchFromUrl(params: ParamReader): SkillSearchParams {
  return {
    q: params.get('q') ?? '',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1),
    filters: { directionId: idFrom(params.get('direction')), minLevel: levelFrom(params.get('niveau')) },
  };
}

/** Query parameters for the router; null removes one, so an empty search has a clean URL. */
export function skillSearchToUrl({ q, page, filters }: SkillSearchParams): Record<string, string | number | null> {
  return { q: q || null, direction: filters.directionId, niveau: filters.minLevel, page: page > 1 ? page : null };
}
