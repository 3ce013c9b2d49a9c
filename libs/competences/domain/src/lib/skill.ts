import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

/** The town hall's skill referential: labels and synonyms in French, grouped by domain. */
export type SkillEvent =
  | { readonly type: 'SkillDefined'; readonly data: { readonly skillId: string; readonly label: string; readonly domain: string; readonly synonyms: readonly string[] } }
  | { readonly type: 'SkillRenamed'; readonly data: { readonly skillId: string; readonly from: string; readonly to: string } }
  | { readonly type: 'SkillSynonymAdded'; readonly data: { readonly skillId: string; readonly synonym: string } }
  /** Recorded on the duplicate: its declarations now count for the surviving skill. */
  | { readonly type: 'SkillsMerged'; readonly data: { readonly skillId: string; readonly intoSkillId: string } };

export type SkillCommand =
  | { readonly type: 'DefineSkill'; readonly skillId: string; readonly label: string; readonly domain: string; readonly synonyms: readonly string[] }
  | { readonly type: 'RenameSkill'; readonly skillId: string; readonly label: string }
  | { readonly type: 'AddSkillSynonym'; readonly skillId: string; readonly synonym: string }
  | { readonly type: 'MergeSkill'; readonly skillId: string; readonly intoSkillId: string; readonly intoIsActive: boolean };

export type SkillState =
  | { readonly kind: 'none' }
  | { readonly kind: 'active' | 'merged'; readonly skillId: string; readonly label: string; readonly synonyms: readonly string[] };

export const skillStreamId = (skillId: string): string => `skill-${skillId}`;

const required = (text: unknown, what: string): string => {
  if (typeof text !== 'string' || !text.trim()) throw new DomainError('COMPETENCES.LABEL_REQUIRED', 'invalid', `${what} ne peut pas être vide.`);
  return text.trim();
};

/** Synonyms are texts; blank ones are dropped (a trailing comma in the admin's list). */
const synonymsOf = (synonyms: unknown): string[] => {
  if (!Array.isArray(synonyms) || synonyms.some((s) => typeof s !== 'string')) {
    throw new DomainError('COMPETENCES.SYNONYMS_INVALID', 'invalid', 'Les synonymes sont une liste de textes.');
  }
  return [...new Set((synonyms as string[]).map((s) => s.trim()).filter(Boolean))];
};

/** The id is the label's slug: a label of punctuation only ("!!") has none, and would name no stream. */
const definedSkillId = (skillId: unknown): string => {
  if (typeof skillId !== 'string' || !skillId.trim()) {
    throw new DomainError('COMPETENCES.SKILL_ID_REQUIRED', 'invalid', 'Le libellé doit contenir au moins une lettre ou un chiffre.');
  }
  return skillId;
};

function evolve(state: SkillState, event: SkillEvent): SkillState {
  switch (event.type) {
    case 'SkillDefined':
      return { kind: 'active', skillId: event.data.skillId, label: event.data.label, synonyms: event.data.synonyms };
    case 'SkillRenamed':
      return state.kind === 'none' ? state : { ...state, label: event.data.to };
    case 'SkillSynonymAdded':
      return state.kind === 'none' ? state : { ...state, synonyms: [...state.synonyms, event.data.synonym] };
    case 'SkillsMerged':
      return state.kind === 'none' ? state : { ...state, kind: 'merged' };
    default:
      return state;
  }
}

function requireActive(state: SkillState): Extract<SkillState, { kind: 'active' | 'merged' }> {
  if (state.kind === 'none') throw new DomainError('COMPETENCES.SKILL_NOT_FOUND', 'not_found', 'Compétence introuvable.');
  if (state.kind === 'merged') throw new DomainError('COMPETENCES.SKILL_MERGED', 'conflict', 'Cette compétence a été fusionnée dans une autre.');
  return state;
}

function decide(command: SkillCommand, state: SkillState): SkillEvent[] {
  switch (command.type) {
    case 'DefineSkill':
      if (state.kind !== 'none') throw new DomainError('COMPETENCES.SKILL_EXISTS', 'conflict', 'Cette compétence existe déjà.');
      return [{
        type: 'SkillDefined',
        data: { skillId: definedSkillId(command.skillId), label: required(command.label, 'Le libellé'), domain: required(command.domain, 'Le domaine'), synonyms: synonymsOf(command.synonyms) },
      }];
    case 'RenameSkill': {
      const skill = requireActive(state);
      const label = required(command.label, 'Le libellé');
      return label === skill.label ? [] : [{ type: 'SkillRenamed', data: { skillId: skill.skillId, from: skill.label, to: label } }];
    }
    case 'AddSkillSynonym': {
      const skill = requireActive(state);
      const synonym = required(command.synonym, 'Le synonyme');
      return skill.synonyms.includes(synonym) ? [] : [{ type: 'SkillSynonymAdded', data: { skillId: skill.skillId, synonym } }];
    }
    case 'MergeSkill': {
      const skill = requireActive(state);
      if (typeof command.intoSkillId !== 'string' || !command.intoSkillId.trim()) {
        throw new DomainError('COMPETENCES.MERGE_TARGET_REQUIRED', 'invalid', 'Choisissez la compétence qui reste.');
      }
      if (command.intoSkillId === skill.skillId) throw new DomainError('COMPETENCES.MERGE_INTO_ITSELF', 'invalid', 'Une compétence ne peut pas être fusionnée avec elle-même.');
      if (!command.intoIsActive) throw new DomainError('COMPETENCES.MERGE_TARGET_INACTIVE', 'invalid', 'La compétence qui reste doit exister et ne pas être elle-même fusionnée.');
      return [{ type: 'SkillsMerged', data: { skillId: skill.skillId, intoSkillId: command.intoSkillId } }];
    }
    default:
      return assertNever(command);
  }
}

export const skillDecider: Decider<SkillCommand, SkillEvent, SkillState> = { decide, evolve, initialState: () => ({ kind: 'none' }) };
