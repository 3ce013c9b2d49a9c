/** "Hélène Müller-Roux" → "helene muller-roux": accents and case never block a match. */
export function foldForSearch(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
