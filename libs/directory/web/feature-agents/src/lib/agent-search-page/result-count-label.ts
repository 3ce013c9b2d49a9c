import type { AgentSearchState } from '@maillage/directory/web/data-access';

const count = new Intl.NumberFormat('fr-FR');
// French quotes take non-breaking spaces inside.
const quoted = (q: string) => `«\u00a0${q}\u00a0»`;

/**
 * The sentence the live region announces. While a search runs it repeats the
 * previous sentence, so screen readers are not interrupted at every keystroke.
 */
export function resultCountLabel({ status, q, filtered, result }: AgentSearchState): string {
  if (status === 'error') return "La recherche n'a pas abouti. Réessayez dans un instant.";
  if (!result) return '';
  const { total } = result;
  const withFilters = filtered ? ' avec ces filtres' : '';
  if (total === 0) {
    if (q) return `Aucun agent ne correspond à ${quoted(q)}${withFilters}.`;
    return filtered ? 'Aucun agent ne correspond à ces filtres.' : "Aucun agent dans l'annuaire.";
  }
  const agents = total === 1 ? '1 agent' : `${count.format(total)} agents`;
  if (q) return `${agents} ${total === 1 ? 'trouvé' : 'trouvés'} pour ${quoted(q)}${withFilters}.`;
  if (filtered) return `${agents} ${total === 1 ? 'correspond' : 'correspondent'} à ces filtres.`;
  return `${agents} dans l'annuaire.`;
}
