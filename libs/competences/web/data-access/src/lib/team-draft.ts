import type { SkillLevel, TeamBuilderRequest } from '@maillage/competences/contracts';

/** Mirrors the team builder's limits (the request's validation and normalizeTeamRequest). */
export const TEAM_LIMITS = { minSize: 2, maxSize: 25, count: 10, requirements: 12, fixedMembers: 10, title: 160 } as const;

export interface ChosenSkill {
  readonly skillId: string;
  readonly label: string;
}

/** A person chosen in the form; the same shape as the shared agent pickers' `AgentOption`. */
export interface ChosenAgent {
  readonly id: string;
  readonly displayName: string;
  readonly postTitle?: string | null;
  readonly unitName?: string | null;
}

export interface RequirementDraft {
  /** Stable identity of the row (ids, focus), whatever skill it holds. */
  readonly key: number;
  readonly skill: ChosenSkill | null;
  readonly minLevel: SkillLevel;
  /** NaN when the field is empty. */
  readonly count: number;
}

/** The "Constituer une équipe" form as typed. */
export interface TeamDraft {
  readonly title: string;
  readonly requirements: readonly RequirementDraft[];
  readonly maxSize: number;
  readonly requiredDirectionIds: readonly string[];
  /** The project lead first. */
  readonly fixedMembers: readonly ChosenAgent[];
  readonly excluded: readonly ChosenAgent[];
}

export interface TeamDraftErrors {
  readonly title?: string;
  readonly requirements?: string;
  /** By row key. */
  readonly rows?: Readonly<Record<number, { readonly skill?: string; readonly count?: string }>>;
  readonly maxSize?: string;
  readonly directions?: string;
  readonly fixedMembers?: string;
}

const isIntegerIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

export function teamDraftErrors(draft: TeamDraft): TeamDraftErrors {
  const errors: { -readonly [K in keyof TeamDraftErrors]: TeamDraftErrors[K] } = {};
  if (draft.title.trim().length > TEAM_LIMITS.title) errors.title = `Le titre tient en ${TEAM_LIMITS.title} caractères au plus.`;

  const rows: Record<number, { skill?: string; count?: string }> = {};
  const seen = new Set<string>();
  for (const row of draft.requirements) {
    const rowErrors: { skill?: string; count?: string } = {};
    if (!row.skill) rowErrors.skill = 'Choisissez une compétence dans la liste.';
    else if (seen.has(row.skill.skillId)) rowErrors.skill = `« ${row.skill.label} » est déjà demandée plus haut.`;
    if (row.skill) seen.add(row.skill.skillId);
    if (!isIntegerIn(row.count, 1, TEAM_LIMITS.count)) rowErrors.count = `Indiquez un nombre de personnes de 1 à ${TEAM_LIMITS.count}.`;
    if (rowErrors.skill || rowErrors.count) rows[row.key] = rowErrors;
  }
  if (draft.requirements.length === 0) errors.requirements = 'Indiquez au moins une compétence recherchée.';
  else if (draft.requirements.length > TEAM_LIMITS.requirements) errors.requirements = `Au plus ${TEAM_LIMITS.requirements} compétences par demande.`;
  if (Object.keys(rows).length > 0) errors.rows = rows;

  if (!isIntegerIn(draft.maxSize, TEAM_LIMITS.minSize, TEAM_LIMITS.maxSize)) {
    errors.maxSize = `La taille de l’équipe va de ${TEAM_LIMITS.minSize} à ${TEAM_LIMITS.maxSize} personnes.`;
  } else {
    if (draft.requiredDirectionIds.length > draft.maxSize) errors.directions = 'Plus de directions demandées que de places dans l’équipe.';
    if (draft.fixedMembers.length > draft.maxSize) errors.fixedMembers = 'Plus de membres désignés que de places dans l’équipe.';
  }
  if (draft.fixedMembers.length > TEAM_LIMITS.fixedMembers) errors.fixedMembers = `Désignez au plus ${TEAM_LIMITS.fixedMembers} personnes.`;
  return errors;
}

export const hasErrors = (errors: TeamDraftErrors) => Object.keys(errors).length > 0;

/** The request body; call only on a draft without errors. */
export function teamRequestOf(draft: TeamDraft): TeamBuilderRequest {
  const title = draft.title.trim();
  const fixed = new Set(draft.fixedMembers.map((agent) => agent.id));
  return {
    ...(title ? { title } : {}),
    requirements: draft.requirements.flatMap((row) => (row.skill ? [{ skillId: row.skill.skillId, minLevel: row.minLevel, count: row.count }] : [])),
    maxSize: draft.maxSize,
    requiredDirectionIds: [...draft.requiredDirectionIds],
    fixedMemberIds: [...fixed],
    // Nobody is both asked for and set aside: the fixed choice wins.
    excludedIds: draft.excluded.map((agent) => agent.id).filter((id) => !fixed.has(id)),
  };
}

/** What the form says about the directions chosen: a transversal project spans at least two. */
export function directionsNote(count: number): string {
  if (count === 0) return 'Aucune direction imposée. Un projet transversal en associe au moins deux : les propositions en réunissent au moins deux quand c’est possible.';
  if (count === 1) return 'Une seule direction imposée. Un projet transversal en associe au moins deux : les propositions en ajoutent une autre quand c’est possible.';
  return `${count} directions imposées : chaque proposition cherche à les associer toutes.`;
}
