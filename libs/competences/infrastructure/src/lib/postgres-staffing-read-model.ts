import { Inject, Injectable } from '@nestjs/common';
import { StaffingData, StaffingReadModel, VisibleSkills } from '@maillage/competences/application';
import { SkillLevel } from '@maillage/competences/domain';
import { Viewer } from '@maillage/governance/contracts';
import { skillVisible } from './skill-visible';
import { SQL, Sql } from '@maillage/shared/kernel';

/**
 * Candidates for the team builder: active agents holding a required skill
 * that the visibility rules let be used for staffing (shared "staffing only"
 * or wider, or the viewer's own), plus the fixed members. People and units come from
 * competences' own copy, kept from the directory's published events.
 */
@Injectable()
export class PostgresStaffingReadModel implements StaffingReadModel {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  async staffingData(viewer: Viewer, skillIds: readonly string[], fixedIds: readonly string[]): Promise<StaffingData> {
    const condition = skillVisible(viewer, 'staffing', 3);
    const rows: { agent_id: string; direction_id: string | null; unit_id: string | null; display_name: string; post_title: string; skills: Record<string, SkillLevel | null> | null }[] =
      await this.db.query(
        `WITH visible AS (
           SELECT s.agent_id, s.skill_id, s.level FROM competences_agent_skills s
           WHERE (s.skill_id = ANY($1::text[]) OR s.agent_id = ANY($2::uuid[])) AND ${condition.sql})
         SELECT a.id AS agent_id, a.direction_id, a.unit_id, a.first_name || ' ' || a.name_in_use AS display_name,
                a.post_title, (SELECT json_object_agg(v.skill_id, v.level) FROM visible v WHERE v.agent_id = a.id) AS skills
         FROM competences_agents a
         WHERE a.status = 'active' AND (a.id = ANY($2::uuid[]) OR a.id IN (SELECT agent_id FROM visible WHERE skill_id = ANY($1::text[])))`,
        [skillIds, fixedIds, ...condition.params],
      );
    const units = await this.db.query<{ id: string; parent_id: string | null; kind: string; name: string }>('SELECT id, parent_id, kind, name FROM competences_units');
    const skills = await this.db.query<{ skill_id: string; label: string }>('SELECT skill_id, label FROM competences_skills');
    return {
      candidates: rows.map((r) => ({
        agentId: r.agent_id,
        directionId: r.direction_id ?? 'sans-direction',
        unitId: r.unit_id ?? 'sans-unite',
        skills: new Map(Object.entries(r.skills ?? {})),
        committedShare: 0, // No transversal projects yet: nobody is committed.
      })),
      unitParents: new Map(units.map((u) => [u.id, u.parent_id])),
      skillNames: new Map(skills.map((s) => [s.skill_id, s.label])),
      directionNames: new Map(units.filter((u) => u.kind === 'direction').map((u) => [u.id, u.name])),
      people: new Map(rows.map((r) => [r.agent_id, { displayName: r.display_name, postTitle: r.post_title }])),
    };
  }

  async visibleSkills(viewer: Viewer, agentIds: readonly string[], skillIds: readonly string[]): Promise<VisibleSkills> {
    const condition = skillVisible(viewer, 'staffing', 3);
    const rows = await this.db.query<{ agent_id: string; skill_id: string; level: SkillLevel | null }>(
      `SELECT s.agent_id, s.skill_id, s.level FROM competences_agent_skills s
       WHERE s.agent_id = ANY($1::uuid[]) AND s.skill_id = ANY($2::text[]) AND ${condition.sql}`,
      [agentIds, skillIds, ...condition.params],
    );
    const visible = new Map<string, Map<string, SkillLevel | null>>();
    for (const row of rows) visible.set(row.agent_id, (visible.get(row.agent_id) ?? new Map()).set(row.skill_id, row.level));
    return visible;
  }
}
