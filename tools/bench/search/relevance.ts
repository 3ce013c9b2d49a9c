import { foldForSearch } from '@maillage/directory/infrastructure';
import { TownHall } from '../city/town-hall';
import { QueryKind, SearchQuery } from './query-mix';
import { FoundAgent, SearchPage } from './search-page';

const wordsOf = (...texts: readonly (string | null | undefined)[]) => foldForSearch(...texts).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
const starts = (words: readonly string[], prefix: string) => words.some((w) => w.startsWith(prefix));
const namesOf = (a: FoundAgent) => wordsOf(a.displayName, a.firstName, a.lastName);

/** Each agent of the city by the words of its names, and of everything it is found by (names, post, unit, direction). */
function cityWords(townHall: TownHall): { names: string[]; all: string[] }[] {
  const units = new Map(townHall.orgUnits.map((u) => [u.unitId, u]));
  const direction = (unitId: string | null) => {
    for (let u = unitId ? units.get(unitId) : undefined; u; u = u.parentId ? units.get(u.parentId) : undefined) if (u.kind === 'direction') return u;
    return undefined;
  };
  return townHall.agents.map((a) => {
    // The name in use only: a birth name behind a nom d'usage is governed (HR and the agent) and never matched.
    const names = wordsOf(a.firstName, a.usualName ?? a.lastName);
    const unit = a.unitId ? units.get(a.unitId) : undefined;
    return { names, all: [...names, ...wordsOf(a.postTitle, unit?.name, direction(a.unitId)?.name)] };
  });
}

export interface RelevanceCheck {
  readonly name: string;
  readonly query: string;
  readonly passed: boolean;
  readonly detail: string;
}

/**
 * What the search must find, on the city itself: the faults the first runs of
 * this bench showed (prefixes stemmed, stop words, one word enough), and typos
 * and accents. Run against the app over HTTP: what ships.
 */
export async function relevanceChecks(townHall: TownHall, search: (text: string) => Promise<SearchPage>): Promise<RelevanceCheck[]> {
  const city = cityWords(townHall);
  const count = (test: (a: { names: string[]; all: string[] }) => boolean) => city.filter(test).length;
  const checks: RelevanceCheck[] = [];
  const check = async (name: string, query: string, judge: (page: SearchPage) => { passed: boolean; detail: string }) => {
    const page = await search(query);
    checks.push({ name, query, ...judge(page) });
  };

  const byPrefixOnly = (prefix: string) => (page: SearchPage) => {
    const byName = count((a) => starts(a.names, prefix));
    const anywhere = count((a) => starts(a.all, prefix));
    const strays = page.items.filter((a) => !starts(namesOf(a), prefix)).length;
    return {
      passed: strays === 0 && page.items.length > 0 && page.total >= byName && page.total <= anywhere,
      detail: `total ${page.total}; agents with a name starting "${prefix}": ${byName}, any word: ${anywhere}; first page without such a name: ${strays}`,
    };
  };
  await check('a name being typed is a prefix, not a stem ("dia" is not the start of every Direction)', "n'dia", byPrefixOnly('dia'));
  await check('stop words alone are the start of names', 'le', byPrefixOnly('le'));
  await check('every word must match, in any field', 'gestionnaire paie', (page) => {
    const expected = count((a) => starts(a.all, 'gestionnaire') && starts(a.all, 'paie'));
    const gestionnaires = count((a) => starts(a.all, 'gestionnaire'));
    const strays = page.items.filter((a) => !(starts(wordsOf(a.postTitle), 'gestionnaire') && starts(wordsOf(a.postTitle, a.unitName, a.directionName), 'paie'))).length;
    return {
      passed: strays === 0 && page.total >= expected && page.total <= expected * 1.5,
      detail: `total ${page.total}; gestionnaires with "paie" in post, unit or direction: ${expected}, all gestionnaires: ${gestionnaires}; first page off: ${strays}`,
    };
  });
  const named = (name: string) => (a: FoundAgent) => namesOf(a).includes(name);
  await check('a typo finds the name ("Gautier" → Gauthier)', 'Gautier', (page) => {
    const hits = page.items.filter(named('gauthier')).length;
    return { passed: hits > 0, detail: `total ${page.total}; Gauthier on the first page: ${hits}` };
  });
  await check('a typo finds the name after the exact ones ("Lefevre" → Lefèvre, then Lefebvre)', 'Lefevre', (page) => {
    const lefevre = count((a) => a.names.includes('lefevre'));
    const lefebvre = count((a) => a.names.includes('lefebvre'));
    const first = page.items.filter(named('lefevre')).length;
    return {
      passed: page.total >= lefevre + lefebvre && first === Math.min(page.items.length, lefevre),
      detail: `total ${page.total}; Lefèvre ${lefevre} + Lefebvre ${lefebvre}; Lefèvre first: ${first}/${page.items.length}`,
    };
  });
  await check('accents and case do not matter ("HELENE")', 'HELENE', (page) => {
    const expected = count((a) => a.names.includes('helene'));
    const strays = page.items.filter((a) => !named('helene')(a)).length;
    return { passed: strays === 0 && page.total >= expected, detail: `total ${page.total}; agents named Hélène: ${expected}; first page off: ${strays}` };
  });
  return checks;
}

export interface KindHits {
  readonly kind: QueryKind;
  readonly queries: number;
  /** Queries whose first page shows an agent of the name the input was made from. */
  readonly hits: number;
}

/** For the inputs made from a name (typos, accents, names), how often that name is on the first page. */
export function targetHits(queries: readonly SearchQuery[], pages: ReadonlyMap<number, SearchPage>): KindHits[] {
  const byKind = new Map<QueryKind, { queries: number; hits: number }>();
  for (const [i, page] of pages) {
    const query = queries[i % queries.length];
    if (query.target === null) continue;
    const target = wordsOf(query.target);
    const hit = page.items.some((a) => target.every((w) => namesOf(a).includes(w)));
    const k = byKind.get(query.kind) ?? { queries: 0, hits: 0 };
    byKind.set(query.kind, { queries: k.queries + 1, hits: k.hits + (hit ? 1 : 0) });
  }
  return [...byKind.entries()].map(([kind, k]) => ({ kind, ...k }));
}
