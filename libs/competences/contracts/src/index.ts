/** Competences' published shapes, for the web app and other contexts. Plain types only. */

export const SKILL_LEVEL_LABELS = { notions: 'Notions', pratique: 'Pratique', maitrise: 'Maîtrise', expertise: 'Expertise' } as const;
export type SkillLevel = keyof typeof SKILL_LEVEL_LABELS;

/** Who sees a declared skill. Default: hidden (only the agent). */
export const SKILL_SCOPE_LABELS = {
  hidden: 'Moi seul(e)',
  staffing: 'Constitution d’équipes uniquement',
  hierarchy: 'Ma hiérarchie',
  everyone: 'Tout le monde',
} as const;
export type SkillScope = keyof typeof SKILL_SCOPE_LABELS;

export interface SkillSummary {
  readonly skillId: string;
  readonly label: string;
  readonly domain: string;
  readonly synonyms: readonly string[];
  /** The surviving skill's id once this one was merged into it; listed only with `?includeMerged=true`. */
  readonly mergedInto: string | null;
  /** The skill stream's version: send it back as `If-Match` to rename, add a synonym or merge. */
  readonly version: number;
}

/** Who changed the referential and when, plus what changed; the web words it in French. */
interface SkillHistoryBase {
  /** ISO-8601 instant. */
  readonly occurredAt: string;
  /** The acting agent's name, or « système » (seeding, imports, an account without a fiche agent). */
  readonly actor: string;
}

/**
 * One line of `GET /api/skills/:skillId/history`. `SkillsMerged` shows on both skills:
 * on the duplicate (`skillId` is the page's skill) and on the survivor (`intoSkillId` is).
 */
export type SkillHistoryEntry = SkillHistoryBase &
  (
    | { readonly type: 'SkillDefined'; readonly data: { readonly label: string; readonly domain: string; readonly synonyms: readonly string[] } }
    | { readonly type: 'SkillRenamed'; readonly data: { readonly from: string; readonly to: string } }
    | { readonly type: 'SkillSynonymAdded'; readonly data: { readonly synonym: string } }
    | {
        readonly type: 'SkillsMerged';
        readonly data: { readonly skillId: string; readonly skillLabel: string; readonly intoSkillId: string; readonly intoLabel: string };
      }
  );

export interface MyDeclaredSkill {
  readonly skillId: string;
  readonly declaredSkillId: string;
  readonly label: string;
  readonly level: SkillLevel | null;
  readonly wishesToDevelop: boolean;
  readonly scope: SkillScope;
}

/**
 * The directory basics shown here follow the committee's policy: a post, unit or direction
 * the reader may not see is null, a name they may not see reads « Nom non communiqué ».
 */
export interface SkillMatch {
  readonly agentId: string;
  readonly displayName: string;
  readonly postTitle: string | null;
  readonly unitName: string | null;
  readonly directionName: string | null;
  /** 1: the skill's own name, 2: a word or synonym, 3: a near spelling. Never a comparison of people. */
  readonly band: 1 | 2 | 3;
  readonly skills: readonly { readonly skillId: string; readonly label: string; readonly level: SkillLevel | null; readonly wishesToDevelop: boolean }[];
}

/** Body of `POST /api/team-builder/proposals`. */
export interface TeamBuilderRequest {
  readonly title?: string;
  readonly requirements: readonly { readonly skillId: string; readonly minLevel: SkillLevel; readonly count: number }[];
  readonly maxSize: number;
  readonly requiredDirectionIds: readonly string[];
  readonly fixedMemberIds: readonly string[];
  readonly excludedIds: readonly string[];
}

/** Its name, post and direction follow the committee's policy for the reader, as in `SkillMatch`. */
export interface ProposedTeamMember {
  readonly agentId: string;
  readonly displayName: string;
  readonly postTitle: string | null;
  readonly directionName: string | null;
  readonly covers: readonly { readonly skillId: string; readonly label: string; readonly level: SkillLevel | null }[];
  /** Share of their time already committed to projects (0–1). */
  readonly committedShare: number;
  readonly fixed: boolean;
  /** Plain French: why this person is proposed. Never a score. */
  readonly explanation: string;
}

export interface ProposedTeam {
  readonly members: readonly ProposedTeamMember[];
  readonly uncovered: readonly { readonly skillId: string; readonly label: string; readonly missing: number }[];
  readonly directions: readonly { readonly id: string; readonly name: string | null }[];
  /** Distance in the collaboration graph (org proximity, later past projects): lower means closer. */
  readonly communicationCost: number;
  readonly summary: string;
}

/**
 * A saved set of three alternatives, at `/equipes/:id` for its author and HR (others: 404). Each read
 * shows the members' skills the reader may see at that moment. It advises; a person decides.
 */
export interface TeamProposalSet {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly request: TeamBuilderRequest;
  readonly proposals: readonly ProposedTeam[];
}
