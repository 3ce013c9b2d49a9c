import type { SkillLevel, SkillMatch, SkillScope } from '@maillage/competences/contracts';
import type { Page } from '@maillage/shared/contracts';

/** Body of POST /api/skills (admins). */
export interface NewReferentialSkill {
  readonly label: string;
  readonly domain: string;
  readonly synonyms: readonly string[];
}

/** Body of POST /api/me/skills. */
export interface SkillDeclaration {
  readonly skillId: string;
  readonly level: SkillLevel | null;
  readonly wishesToDevelop: boolean;
  readonly scope: SkillScope;
}

/** Body of PATCH /api/me/skills/:skillId: only what changed. */
export type SkillChanges = Partial<Omit<SkillDeclaration, 'skillId'>>;

export interface SkillSearchFilters {
  readonly directionId: string | null;
  readonly minLevel: SkillLevel | null;
}

export interface SkillSearchCriteria extends SkillSearchFilters {
  readonly q: string;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

export type SkillSearchResult = Page<SkillMatch>;

/** One skill of `GET /api/agents/:id/skills`: only those the agent shares with this viewer. */
export type VisibleSkill = SkillMatch['skills'][number];
