import type { AgentSearchState } from '@maillage/directory/web/data-access';
import { plural, pluralWord } from '@maillage/shared/web-util';

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
  const agents = plural(total, 'agent', 'agents');
  if (q) return `${agents} ${pluralWord(total, 'trouvé', 'trouvés')} pour ${quoted(q)}${withFilters}.`;
  if (filtered) return `${agents} ${pluralWord(total, 'correspond', 'correspondent')} à ces filtres.`;
  return `${agents} dans l'annuaire.`;
}
