import type { SkillSearchState } from '@maillage/competences/web/data-access';

const count = new Intl.NumberFormat('fr-FR');
// French quotes take non-breaking spaces inside.
const quoted = (q: string) => `«\u00a0${q}\u00a0»`;

/**
 * The sentence the live region announces. While a search runs it repeats the previous
 * sentence, so screen readers are not interrupted at every keystroke.
 */
export function resultCountLabel({ status, q, filtered, result }: SkillSearchState): string {
  if (status === 'error') return 'La recherche n’a pas abouti. Réessayez dans un instant.';
  if (status === 'idle') return '';
  if (!result) return '';
  const { total } = result;
  const withFilters = filtered ? ' avec ces filtres' : '';
  if (total === 0) return `Aucun agent ne partage avec vous une compétence correspondant à ${quoted(q)}${withFilters}.`;
  const agents = total === 1 ? '1 agent' : `${count.format(total)} agents`;
  return `${agents} ${total === 1 ? 'trouvé' : 'trouvés'} pour ${quoted(q)}${withFilters}.`;
}
