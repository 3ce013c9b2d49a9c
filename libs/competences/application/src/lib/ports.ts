import { Viewer } from '@maillage/governance/contracts';
import type { SkillSummary } from '@maillage/competences/contracts';
import { DeclaredSkill, SkillLevel } from '@maillage/competences/domain';

export type { SkillSummary };

export interface SkillMatch {
  readonly agentId: string;
  readonly displayName: string;
  /** Null once the reader's answer is redacted and the policy hides it from them. */
  readonly postTitle: string | null;
  readonly unitName: string | null;
  readonly directionName: string | null;
  /** 1: the skill's own name, 2: a word or synonym of it, 3: a near spelling. Never a comparison of people. */
  readonly band: 1 | 2 | 3;
  readonly skills: readonly { readonly skillId: string; readonly label: string; readonly level: SkillLevel | null; readonly wishesToDevelop: boolean }[];
}

export interface SkillSearch {
  readonly text: string;
  readonly directionId?: string;
  readonly minLevel?: SkillLevel;
  readonly page: number;
  readonly pageSize: number;
}

export interface CompetencesReadModel {
  findSkill(skillId: string): Promise<SkillSummary | null>;
  /** Active skills; with `includeMerged`, merged ones too (`mergedInto` set), for the referential's admin page. */
  searchReferential(text: string | undefined, limit: number, includeMerged?: boolean): Promise<SkillSummary[]>;
  /** Skills merged into this one: the survivor's history shows their merges. */
  skillsMergedInto(skillId: string): Promise<SkillSummary[]>;
  declaredSkillsOf(agentId: string): Promise<(DeclaredSkill & { label: string; declaredSkillId: string })[]>;
  /** Agents with a matching skill this viewer may see; hidden ones are absent from rows and total. */
  searchAgents(viewer: Viewer, search: SkillSearch): Promise<{ items: SkillMatch[]; total: number }>;
  visibleSkillsOf(viewer: Viewer, agentId: string): Promise<SkillMatch['skills']>;
}

export const COMPETENCES_READ_MODEL = Symbol('CompetencesReadModel');
