import { foldText } from '@maillage/shared/contracts';

/** "Hélène Müller-Roux" → "helene muller-roux": accents and case never block a match. */
export function foldForSearch(...parts: readonly (string | null | undefined)[]): string {
  return foldText(parts.filter((p): p is string => !!p).join(' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most this many words of a search are used: a longer input is a paste, not a search. */
export const MAX_SEARCH_WORDS = 8;

/** "N'Diaye  Hélène" → ["n", "diaye", "helene"]: the folded words, in order, as agent-search.sql.ts takes them. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}
