const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/**
 * « Hélène Lœuillet » → « Helene Loeuillet »: the one accent fold, shared by the server, the tools and
 * the browser so that a word matches the same way everywhere. Ligatures do not decompose under NFD;
 * they are spelled out as PostgreSQL's `unaccent` does, so the SQL side agrees too.
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒæÆß]/g, (ligature) => LIGATURES[ligature]);
}

/** Accents and case never block a match: « Médiation » and « MEDIATION » fold alike. */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase();
}
