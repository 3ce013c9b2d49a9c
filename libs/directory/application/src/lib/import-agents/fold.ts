import { foldText } from '@maillage/shared/contracts';

/**
 * « Direction des Bâtiments » and « DIRECTION DES BATIMENTS » name the same unit:
 * accents, case, ligatures, typographic apostrophes and spacing never block a match.
 */
export function foldKey(text: string): string {
  return foldText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** « Nom d’usage » → « nom_d_usage »: how headers are compared. */
export function foldHeader(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
