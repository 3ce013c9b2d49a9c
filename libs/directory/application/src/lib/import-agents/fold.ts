/**
 * « Direction des Bâtiments » and « DIRECTION DES BATIMENTS » name the same unit:
 * accents, case, ligatures, typographic apostrophes and spacing never block a match.
 */
export function foldKey(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** « Nom d’usage » → « nom_d_usage »: how headers are compared. */
export function foldHeader(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
