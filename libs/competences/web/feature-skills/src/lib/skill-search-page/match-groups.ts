import type { SkillMatch } from '@maillage/competences/contracts';

export interface MatchGroup {
  readonly heading: string;
  readonly matches: readonly SkillMatch[];
}

const HEADINGS = { exact: 'Correspondance exacte', near: 'Compétences proches' } as const;

/**
 * The page's results under neutral headings: how the skill matched the words typed (its own
 * name, or a synonym, a word or a near spelling), never how people compare. The server
 * answers in that order, alphabetical within each group.
 */
export function matchGroups(matches: readonly SkillMatch[]): MatchGroup[] {
  const exact = matches.filter((match) => match.band === 1);
  const near = matches.filter((match) => match.band !== 1);
  return [
    ...(exact.length ? [{ heading: HEADINGS.exact, matches: exact }] : []),
    ...(near.length ? [{ heading: HEADINGS.near, matches: near }] : []),
  ];
}
