import type { SkillSearchState } from '@maillage/competences/web/data-access';
import { plural, quoted } from '@maillage/shared/web-util';

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
  return `${plural(total, 'agent trouvé', 'agents trouvés')} pour ${quoted(q)}${withFilters}.`;
}
