import { SKILL_LEVEL_LABELS, SkillLevel } from '@maillage/competences/contracts';

/** The level the agent chose to give, in French; nothing when they gave none (no "non précisé" on someone else's fiche). */
export function sharedLevel(level: SkillLevel | null): string | null {
  return level ? SKILL_LEVEL_LABELS[level] : null;
}
