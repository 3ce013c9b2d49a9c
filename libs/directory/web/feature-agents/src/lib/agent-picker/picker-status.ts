import type { AgentDirectoryEntry } from '@maillage/directory/contracts';

/** What the picker's live region says; nothing until two letters are typed. */
export function pickerStatus(found: { readonly q: string; readonly agents: readonly AgentDirectoryEntry[] | null }, searching: boolean): string {
  if (searching) return 'Recherche en cours…';
  if (found.agents === null) return "La recherche n'a pas abouti. Réessayez.";
  if (found.q.length < 2) return '';
  const n = found.agents.length;
  if (n === 0) return 'Aucun agent trouvé.';
  return n === 1 ? '1 agent proposé.' : `${n} agents proposés.`;
}
