import { stripAccents } from '@maillage/shared/contracts';
import { TownHall } from '../city/town-hall';
import { seededRandom } from '../stats';

export const QUERY_KINDS = [
  'last name',
  'prefix 3',
  'prefix 5',
  'first name',
  'full name',
  'post title',
  'unit word',
  'one typo',
  'accents removed',
  'accent added',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface SearchQuery {
  readonly kind: QueryKind;
  readonly text: string;
  /** The name the input was made from ("Fournier" for "fourneer"): an agent of that name should be on the first page. */
  readonly target: string | null;
}

/** How many of each kind in every 20 requests: mostly people's names, as they are typed. */
const WEIGHTS: Record<QueryKind, number> = {
  'last name': 3,
  'prefix 3': 3,
  'prefix 5': 3,
  'first name': 2,
  'full name': 2,
  'post title': 2,
  'unit word': 1,
  'one typo': 2,
  'accents removed': 1,
  'accent added': 1,
};

const POST_WORDS = ['technicien', 'gestionnaire paie', 'jardinier', 'bibliothécaire', 'urbanisme', 'agent d’accueil', 'assistante', 'éducateur sportif'];
const UNIT_WORDS = ['maintenance', 'propreté', 'voirie', 'espaces verts', 'paie et carrières'];

/** One letter replaced by its neighbour in the word, away from the first two: "Fournier" → "Fourneer". */
function typo(word: string, random: () => number): string {
  const at = 2 + Math.floor(random() * (word.length - 3));
  const swapped = word[at + 1] ?? 'e';
  return word.slice(0, at) + swapped + word.slice(at + 1);
}

/**
 * A realistic sequence of search box inputs built from the city's own names,
 * posts and units: full last names and their 3- and 5-letter prefixes while
 * typing, first names, "first last", post and unit words, one-letter typos,
 * accents left out, and an accent where there is none. Each names the agent
 * it was made from, where there is one, for the relevance checks.
 */
export function queryMix(townHall: TownHall, count: number, seed = 7): SearchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // People are searched by the name in use: a birth name hidden behind a nom d'usage is HR-only and never matched.
  const agents = townHall.agents.map((a) => ({ ...a, lastName: a.usualName ?? a.lastName }));
  const accented = agents.filter((a) => stripAccents(a.lastName) !== a.lastName || stripAccents(a.firstName) !== a.firstName);
  const plainE = agents.filter((a) => /^[A-Za-z]+$/.test(a.lastName) && a.lastName.slice(1).includes('e'));
  const longNames = agents.filter((a) => /^[A-Za-z]{6,}$/.test(a.lastName));
  const make: Record<QueryKind, () => Omit<SearchQuery, 'kind'>> = {
    'last name': () => {
      const name = pick(agents).lastName;
      return { text: name, target: name };
    },
    'prefix 3': () => ({ text: pick(agents).lastName.slice(0, 3).toLowerCase(), target: null }),
    'prefix 5': () => ({ text: pick(agents).lastName.slice(0, 5).toLowerCase(), target: null }),
    'first name': () => ({ text: pick(agents).firstName, target: null }),
    'full name': () => {
      const a = pick(agents);
      return { text: `${a.firstName} ${a.lastName}`, target: `${a.firstName} ${a.lastName}` };
    },
    'post title': () => ({ text: pick(POST_WORDS), target: null }),
    'unit word': () => ({ text: pick(UNIT_WORDS), target: null }),
    'one typo': () => {
      const name = pick(longNames).lastName;
      return { text: typo(name.toLowerCase(), random), target: name };
    },
    'accents removed': () => {
      const a = pick(accented);
      return { text: stripAccents(`${a.firstName} ${a.lastName}`).toLowerCase(), target: `${a.firstName} ${a.lastName}` };
    },
    'accent added': () => {
      const name = pick(plainE).lastName;
      const at = name.indexOf('e', 1);
      return { text: `${name.slice(0, at)}é${name.slice(at + 1)}`, target: name };
    },
  };
  const cycle = QUERY_KINDS.flatMap((kind) => Array.from({ length: WEIGHTS[kind] }, () => kind));
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    // Shuffled within each block of 20, so kinds interleave the same way in every series.
    if (i % cycle.length === 0) cycle.sort(() => random() - 0.5);
    const kind = cycle[i % cycle.length];
    queries.push({ kind, ...make[kind]() });
  }
  return queries;
}
