import type { AgentSearchFilters, ListedStatus } from '@maillage/directory/web/data-access';

/** The annuaire's address speaks French: ?statut=actif or ?statut=en-conge. */
const STATUS_IN_URL: Readonly<Record<ListedStatus, string>> = { active: 'actif', on_leave: 'en-conge' };

export interface SearchParams {
  readonly q: string;
  readonly page: number;
  readonly filters: AgentSearchFilters;
}

type ParamReader = { get(name: string): string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A hand-edited address must not make the API answer 400: an id that is not one is dropped. */
const idFrom = (value: string | null) => (value && UUID.test(value) ? value : null);

export function searchFromUrl(params: ParamReader): SearchParams {
  const statut = params.get('statut');
  const status = (Object.keys(STATUS_IN_URL) as ListedStatus[]).find((key) => STATUS_IN_URL[key] === statut) ?? null;
  return {
    q: params.get('q') ?? '',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1),
    filters: { directionId: idFrom(params.get('direction')), unitId: idFrom(params.get('service')), status },
  };
}

/** Query parameters for the router; null removes a parameter, so an empty search has a clean URL. */
export function searchToUrl({ q, page, filters }: SearchParams): Record<string, string | number | null> {
  return {
    q: q || null,
    direction: filters.directionId,
    service: filters.unitId,
    statut: filters.status ? STATUS_IN_URL[filters.status] : null,
    page: page > 1 ? page : null,
  };
}
