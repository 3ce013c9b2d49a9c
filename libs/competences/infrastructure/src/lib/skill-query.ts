import { foldText } from '@maillage/shared/contracts';
/** Lower case, no accents: how the skills' search text is stored. */
export const fold = (text: string) => foldText(text).trim();

const words = (text: string) => fold(text).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 8);

/** "marchés pub" → "marches:* & pub:*": results while typing. */
export const prefixQuery = (text: string): string | null => {
  const found = words(text);
  return found.length ? found.map((w) => `${w}:*`).join(' & ') : null;
};

/** Up to this many letters, one word is taken for an acronym or a short word ("SIG", "RH", "paie"). */
const SHORT_WORD = 4;

export interface AgentSkillQuery {
  /** The full-text query on the skills' labels and synonyms. */
  readonly tsquery: string;
  /** Whether near spellings (trigram similarity) also count. */
  readonly fuzzy: boolean;
}

/**
 * How the agent search reads what was typed. A short single word is an acronym or a whole
 * word: it must match a whole word of a skill's name or synonyms ("SIG" is the SIG, not the
 * "sig" inside "langue des signes"), with neither prefix nor near spelling, which on three
 * letters match almost anything. Longer text matches by word prefixes and near spellings.
 */
export function agentSkillQuery(text: string): AgentSkillQuery {
  const found = words(text);
  if (found.length === 1 && found[0].length <= SHORT_WORD) return { tsquery: found[0], fuzzy: false };
  return { tsquery: prefixQuery(text) ?? '', fuzzy: true };
}
