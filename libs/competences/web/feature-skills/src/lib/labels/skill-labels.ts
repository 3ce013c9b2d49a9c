import { SKILL_LEVEL_LABELS, SKILL_SCOPE_LABELS, SkillLevel, SkillScope } from '@maillage/competences/contracts';

export const LEVELS = Object.keys(SKILL_LEVEL_LABELS) as SkillLevel[];
/** Most private first: the default comes first. */
export const SCOPES = Object.keys(SKILL_SCOPE_LABELS) as SkillScope[];
export const DEFAULT_SCOPE: SkillScope = 'hidden';

export const NO_LEVEL_LABEL = 'Non précisé';

export function levelLabel(level: SkillLevel | null): string {
  return level ? SKILL_LEVEL_LABELS[level] : NO_LEVEL_LABEL;
}

export function scopeLabel(scope: SkillScope): string {
  return SKILL_SCOPE_LABELS[scope];
}

const SENTENCES: Readonly<Record<SkillScope, string>> = {
  hidden: 'Seul(e) vous voyez cette compétence.',
  staffing: 'Elle sert uniquement à proposer des équipes pour des projets ; elle n’apparaît pas dans l’annuaire.',
  hierarchy: 'Votre responsable et sa hiérarchie la voient.',
  everyone: 'Tous les agents la voient.',
};

/** Exactly who will see a skill shared this way. */
export function scopeSentence(scope: SkillScope): string {
  return SENTENCES[scope];
}

/** "Pratique", "niveau non précisé": how a skill's level reads next to its name. */
export function levelPhrase(level: SkillLevel | null): string {
  return level ? SKILL_LEVEL_LABELS[level] : 'niveau non précisé';
}

/** Values of a <select>: '' stands for "no level". */
export const levelFromValue = (value: string): SkillLevel | null => (LEVELS as string[]).includes(value) ? (value as SkillLevel) : null;
export const scopeFromValue = (value: string): SkillScope => ((SCOPES as string[]).includes(value) ? (value as SkillScope) : DEFAULT_SCOPE);
