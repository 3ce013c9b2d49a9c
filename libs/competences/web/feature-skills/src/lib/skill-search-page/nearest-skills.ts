import type { SkillSummary } from '@maillage/competences/contracts';
import type { SkillSearchState } from '@maillage/competences/web/data-access';
import { foldText } from '@maillage/shared/contracts';

const MAX_NEAREST = 5;

/**
 * The words of a settled search that no skill answers exactly (no result in the
 * "Correspondance exacte" group), so the page offers the closest skills; null otherwise.
 */
export function wordsWithoutExactMatch(state: SkillSearchState): string | null {
  if (state.status !== 'loaded' || !state.q.trim() || !state.result) return null;
  return state.result.items.some((match) => match.band === 1) ? null : state.q.trim();
}

/** The referential's best answers for those words, skipping the one typed if it is there. */
export function nearestSkills(skills: readonly SkillSummary[], q: string): SkillSummary[] {
  const typed = foldText(q.trim());
  return skills.filter((skill) => !skill.mergedInto && foldText(skill.label.trim()) !== typed).slice(0, MAX_NEAREST);
}
