import { SkillLevel } from '../agent-skills';

/** Names shown to people; ids stand in when a name is missing. */
export interface TeamLabels {
  readonly skillNames?: ReadonlyMap<string, string>;
  readonly directionNames?: ReadonlyMap<string, string>;
}

const LEVEL_NAMES: Readonly<Record<SkillLevel, string>> = {
  notions: 'notions',
  pratique: 'pratique',
  maitrise: 'maîtrise',
  expertise: 'expertise',
};

export const levelName = (level: SkillLevel): string => LEVEL_NAMES[level];

export const skillName = (labels: TeamLabels, skillId: string): string => labels.skillNames?.get(skillId) ?? skillId;

export const directionName = (labels: TeamLabels, directionId: string): string => labels.directionNames?.get(directionId) ?? directionId;

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** French typography: a narrow no-break space before the percent sign. */
export const percent = (share: number): string => `${Math.round(share * 100)}\u202f%`;

/** "un autre membre", "3 autres membres". */
export const otherMembers = (count: number): string => (count === 1 ? 'un autre membre' : `${count} autres membres`);

/** "qu’un autre membre", "que 3 autres membres": elided before a vowel. */
export const than = (what: string): string => (/^[aeiouyàâéèêîôû]/i.test(what) ? `qu’${what}` : `que ${what}`);

export const people = (count: number): string => (count === 1 ? '1 personne' : `${count} personnes`);

export const sentence = (clauses: readonly string[]): string => {
  const text = clauses.join(' ; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
