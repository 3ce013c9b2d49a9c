/** What the picker's live region says; nothing until two letters are typed. */
export function pickerStatus(found: { readonly q: string; readonly count: number | null }, searching: boolean): string {
  if (searching) return 'Recherche en cours…';
  if (found.count === null) return 'La recherche n’a pas abouti. Réessayez.';
  if (found.q.length < 2) return '';
  if (found.count === 0) return 'Aucun agent trouvé.';
  return found.count === 1 ? '1 agent proposé.' : `${found.count} agents proposés.`;
}
