import type { SkillHistoryEntry } from '@maillage/competences/contracts';
import { formatInstant } from '@maillage/shared/web-util';

/** "1er décembre 2026 à 10:05", in the town hall's time. */
export const whenOf = (iso: string): string => formatInstant(iso);

/** One history line in French, seen from `skillId`'s page (a merge reads differently on each side). */
export function historyLine(entry: SkillHistoryEntry, skillId: string): string {
  switch (entry.type) {
    case 'SkillDefined':
      return entry.data.synonyms.length > 0
        ? `Création de « ${entry.data.label} » (domaine « ${entry.data.domain} », synonymes : ${entry.data.synonyms.join(', ')}).`
        : `Création de « ${entry.data.label} » (domaine « ${entry.data.domain} »).`;
    case 'SkillRenamed':
      return `Renommée : « ${entry.data.from} » devient « ${entry.data.to} ».`;
    case 'SkillSynonymAdded':
      return `Synonyme ajouté : « ${entry.data.synonym} ».`;
    case 'SkillsMerged':
      return entry.data.skillId === skillId
        ? `Fusionnée dans « ${entry.data.intoLabel} » : les déclarations des agents y sont reportées.`
        : `« ${entry.data.skillLabel} » a été fusionnée dans cette compétence : ses déclarations y sont reportées.`;
    default: {
      const unknown: never = entry;
      return unknown;
    }
  }
}
