import { Inject, Injectable } from '@nestjs/common';
import { CompetencesReadModel, SkillMatch, SkillSearch, SkillSummary } from '@maillage/competences/application';
import { DeclaredSkill } from '@maillage/competences/domain';
import { SkillPurpose, Viewer } from '@maillage/governance/contracts';
import { agentSkillQuery, fold, prefixQuery } from './skill-query';
import { skillVisible } from './skill-visible';
import { SQL, Sql } from '@maillage/shared/kernel';

const LEVEL_RANK = `CASE s.level WHEN 'notions' THEN 1 WHEN 'pratique' THEN 2 WHEN 'maitrise' THEN 3 WHEN 'expertise' THEN 4 END`;
const LEVELS = { notions: 1, pratique: 2, maitrise: 3, expertise: 4 } as const;

// version: bigint comes back from pg as a string; a skill stream stays far below 2^31 events.
const SKILL_COLUMNS = `skill_id AS "skillId", label, domain, synonyms, merged_into AS "mergedInto", version::int AS version`;

/**
 * People and units come from competences' own copy (`competences_agents`, `competences_units`,
 * kept from the directory's published events), so search results, their order and their count
 * come from one query without reading another context's tables; who sees which skill is
 * governance's published decision (`skillVisible`).
 */
@Injectable()
export class PostgresCompetencesReadModel implements CompetencesReadModel {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  async findSkill(skillId: string): Promise<SkillSummary | null> {
    const rows = await this.db.query<SkillSummary>(`SELECT ${SKILL_COLUMNS} FROM competences_skills WHERE skill_id = $1`, [skillId]);
    return rows[0] ?? null;
  }

  searchReferential(text: string | undefined, limit: number, includeMerged = false): Promise<SkillSummary[]> {
    const tsquery = text ? prefixQuery(text) : null;
    return this.db.query(
      `SELECT ${SKILL_COLUMNS} FROM competences_skills
       WHERE ($4 OR merged_into IS NULL) AND ($1::text IS NULL OR search_vector @@ to_tsquery('fr_unaccent', $1) OR $2 <% search_text)
       ORDER BY CASE WHEN $1::text IS NULL THEN 0 ELSE -ts_rank(search_vector, to_tsquery('fr_unaccent', $1)) END, domain, label LIMIT $3`,
      [tsquery, text ? fold(text) : null, limit, includeMerged],
    );
  }

  skillsMergedInto(skillId: string): Promise<SkillSummary[]> {
    return this.db.query(`SELECT ${SKILL_COLUMNS} FROM competences_skills WHERE merged_into = $1 ORDER BY label`, [skillId]);
  }

  declaredSkillsOf(agentId: string): Promise<(DeclaredSkill & { label: string; declaredSkillId: string })[]> {
    return this.db.query(
      `SELECT s.skill_id AS "skillId", s.declared_skill_id AS "declaredSkillId", k.label, s.level, s.wishes_to_develop AS "wishesToDevelop", s.scope
       FROM competences_agent_skills s JOIN competences_skills k ON k.skill_id = s.skill_id WHERE s.agent_id = $1 ORDER BY k.label, s.declared_skill_id`,
      [agentId],
    );
  }

  async searchAgents(viewer: Viewer, search: SkillSearch): Promise<{ items: SkillMatch[]; total: number }> {
    return this.search(viewer, 'directory', search);
  }

  /** The same search for the team builder: "staffing only" skills count there, and only there. */
  async searchForStaffing(viewer: Viewer, search: SkillSearch): Promise<{ items: SkillMatch[]; total: number }> {
    return this.search(viewer, 'staffing', search);
  }

  async visibleSkillsOf(viewer: Viewer, agentId: string): Promise<SkillMatch['skills']> {
    const condition = skillVisible(viewer, 'directory', 2);
    return this.db.query(
      `SELECT s.skill_id AS "skillId", k.label, s.level, s.wishes_to_develop AS "wishesToDevelop"
       FROM competences_agent_skills s JOIN competences_skills k ON k.skill_id = s.skill_id
       WHERE s.agent_id = $1 AND ${condition.sql} ORDER BY k.label`,
      [agentId, ...condition.params],
    );
  }

  private async search(viewer: Viewer, purpose: SkillPurpose, search: SkillSearch): Promise<{ items: SkillMatch[]; total: number }> {
    const condition = skillVisible(viewer, purpose, 3);
    const query = agentSkillQuery(search.text);
    const rows = await this.db.query<(SkillMatch & { total: string })>(
      `WITH q AS (SELECT to_tsquery('fr_unaccent', $1) AS tsq, $2::text AS folded),
       matched AS (
         SELECT k.skill_id, k.label,
                CASE WHEN maillage_unaccent(lower(k.label)) = q.folded THEN 1
                     WHEN k.search_vector @@ q.tsq THEN 2 ELSE 3 END AS band
         FROM competences_skills k, q
         WHERE k.merged_into IS NULL AND (k.search_vector @@ q.tsq OR ($9 AND q.folded <% k.search_text))),
       visible AS (
         SELECT s.agent_id, s.skill_id, m.label, s.level, s.wishes_to_develop, m.band
         FROM competences_agent_skills s JOIN matched m ON m.skill_id = s.skill_id
         JOIN competences_agents a ON a.id = s.agent_id AND a.status <> 'departed'
         WHERE ${condition.sql}
           AND ($5::uuid IS NULL OR a.direction_id = $5)
           AND ($6::int IS NULL OR ${LEVEL_RANK} >= $6)),
       per_agent AS (
         SELECT agent_id, min(band) AS band,
                json_agg(json_build_object('skillId', skill_id, 'label', label, 'level', level, 'wishesToDevelop', wishes_to_develop) ORDER BY band, label) AS skills
         FROM visible GROUP BY agent_id)
       SELECT p.agent_id AS "agentId", p.band, p.skills, a.first_name || ' ' || a.name_in_use AS "displayName",
              a.post_title AS "postTitle", u.name AS "unitName", d.name AS "directionName", count(*) OVER () AS total
       FROM per_agent p JOIN competences_agents a ON a.id = p.agent_id
       LEFT JOIN competences_units u ON u.id = a.unit_id LEFT JOIN competences_units d ON d.id = a.direction_id
       ORDER BY p.band, a.sort_name, a.id LIMIT $7 OFFSET $8`,
      [query.tsquery, fold(search.text), ...condition.params, search.directionId ?? null, search.minLevel ? LEVELS[search.minLevel] : null, search.pageSize, (search.page - 1) * search.pageSize, query.fuzzy],
    );
    return { items: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }
}
