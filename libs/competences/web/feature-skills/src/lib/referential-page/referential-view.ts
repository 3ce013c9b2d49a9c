import type { SkillSummary } from '@maillage/competences/contracts';
import { foldText } from '@maillage/shared/contracts';
import { plural } from '@maillage/shared/web-util';

export interface DomainGroup {
  readonly domain: string;
  readonly skills: readonly SkillSummary[];
}

const byFrench = new Intl.Collator('fr-FR', { sensitivity: 'base' });

/** The referential's domains, in French alphabetical order (for the "add a skill" form). */
export const domainsOf = (skills: readonly SkillSummary[]): string[] => [...new Set(skills.map((s) => s.domain))].sort(byFrench.compare);

/**
 * Skills grouped by domain, filtered on label, synonyms or domain (accents ignored).
 * Alphabetical everywhere: nothing on this page ranks skills or the people who declared them.
 */
export function groupByDomain(skills: readonly SkillSummary[], filter: string): DomainGroup[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  const matches = (skill: SkillSummary) => {
    const text = foldText([skill.label, skill.domain, ...skill.synonyms].join(' '));
    return words.every((word) => text.includes(word));
  };
  const groups = new Map<string, SkillSummary[]>();
  for (const skill of skills.filter(matches)) groups.set(skill.domain, [...(groups.get(skill.domain) ?? []), skill]);
  return [...groups.entries()]
    .sort(([a], [b]) => byFrench.compare(a, b))
    .map(([domain, list]) => ({ domain, skills: [...list].sort((a, b) => byFrench.compare(a.label, b.label)) }));
}

/** "12 compétences", said after each filtering. */
export function countLabel(groups: readonly DomainGroup[], filter: string): string {
  const count = groups.reduce((sum, g) => sum + g.skills.length, 0);
  const skills = count === 0 ? 'Aucune compétence' : plural(count, 'compétence', 'compétences');
  return filter.trim() ? `${skills} pour « ${filter.trim()} ».` : `${skills} dans le référentiel.`;
}

/** Synonyms typed as "a, b ; c": trimmed, without blanks or repeats. */
export const synonymsOf = (text: string): string[] => [...new Set(text.split(/[,;]/).map((s) => s.trim()).filter(Boolean))];
