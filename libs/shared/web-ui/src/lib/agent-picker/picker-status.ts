import { plural } from '@maillage/shared/web-util';

/** What the picker's live region says; nothing until two letters are typed. `count` is null when the search failed. */
export function pickerStatus(found: { readonly q: string; readonly count: number | null }, searching: boolean): string {
  if (searching) return 'Recherche en cours…';
  if (found.count === null) return 'La recherche n’a pas abouti. Réessayez.';
  if (found.q.length < 2) return '';
  if (found.count === 0) return 'Aucun agent trouvé.';
  return `${plural(found.count, 'agent proposé', 'agents proposés')}.`;
}

/** The search box, before the first result. */
export const SEARCH_BOX = -1;

/**
 * Where the focus goes when a key is pressed in the search box (`SEARCH_BOX`) or on the
 * result at `from`, among `count` results; null when the key is left to the browser
 * (moving the caret, the native clearing of a search box by Escape, Tab…).
 * The results stay plain buttons: the focus really moves, Enter and Space press them.
 */
export function focusAfterKey(from: number, count: number, key: string): number | null {
  const inBox = from === SEARCH_BOX;
  if (count === 0) return inBox ? null : SEARCH_BOX;
  switch (key) {
    case 'ArrowDown':
      return inBox ? 0 : Math.min(from + 1, count - 1);
    case 'ArrowUp':
      return inBox ? null : from - 1;
    case 'Home':
      return inBox ? null : 0;
    case 'End':
      return inBox ? null : count - 1;
    case 'Escape':
      return inBox ? null : SEARCH_BOX;
    default:
      return null;
  }
}
