import { AgentSkillEvent, CompetencesEvent, SkillEvent } from '@maillage/competences/domain';
import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { foldText as fold } from '@maillage/shared/contracts';
import { RecordedEvent } from '@maillage/shared/kernel';

/**
 * Skill referential and declarations. A merge re-points every declaration of
 * the duplicate to the surviving skill (`skill_id`), while `declared_skill_id`
 * keeps what the agent declared, so history stays readable.
 */
export class CompetencesProjection implements Projection<CompetencesEvent['type']> {
  readonly name = 'competences';
  readonly eventTypes: readonly CompetencesEvent['type'][] = [
    'SkillDefined', 'SkillRenamed', 'SkillSynonymAdded', 'SkillsMerged',
    'AgentSkillDeclared', 'AgentSkillLevelChanged', 'SkillSharingChanged', 'DevelopmentWishChanged', 'AgentSkillWithdrawn',
  ];
  readonly readModelTables = ['competences_skills', 'competences_agent_skills'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    // Events come upcast by the store: a version-1 null scope reads 'hidden', never NULL in a NOT NULL column.
    // The two bulk kinds (seeding, imports) are written set-based; the rest is rare and applied in order.
    let i = 0;
    while (i < events.length) {
      const event = events[i];
      if (event.type === 'SkillDefined' || event.type === 'AgentSkillDeclared') {
        const run: RecordedEvent[] = [];
        while (i < events.length && events[i].type === event.type) run.push(events[i++]);
        await (event.type === 'SkillDefined' ? this.defineSkills(run, sql) : this.declare(run, sql));
        continue;
      }
      await this.applyOne(event, sql);
      i++;
    }
  }

  private async defineSkills(run: readonly RecordedEvent[], sql: ProjectionSql) {
    const rows = run.map((e) => {
      const d = (e as unknown as { data: Extract<SkillEvent, { type: 'SkillDefined' }>['data'] }).data;
      return { ...d, searchText: fold([d.label, ...d.synonyms].join(' ')), version: e.streamVersion };
    });
    await sql.query(
      `INSERT INTO competences_skills (skill_id, label, domain, synonyms, search_text, search_vector, version)
       SELECT "skillId", label, domain, ARRAY(SELECT jsonb_array_elements_text(synonyms)), "searchText",
              setweight(to_tsvector('fr_unaccent', label), 'A') || setweight(to_tsvector('fr_unaccent', coalesce(array_to_string(ARRAY(SELECT jsonb_array_elements_text(synonyms)), ' '), '')), 'B'),
              version
       FROM jsonb_to_recordset($1::jsonb) AS r("skillId" text, label text, domain text, synonyms jsonb, "searchText" text, version bigint)
       ON CONFLICT (skill_id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  private async declare(run: readonly RecordedEvent[], sql: ProjectionSql) {
    const rows = run.map((e) => ({ ...(e.data as Extract<AgentSkillEvent, { type: 'AgentSkillDeclared' }>['data']), version: e.streamVersion }));
    await sql.query(
      `INSERT INTO competences_agent_skills AS s (agent_id, skill_id, declared_skill_id, level, wishes_to_develop, scope, version)
       SELECT r."agentId", coalesce(k.merged_into, r."skillId"), r."skillId", r.level, r."wishesToDevelop", r.scope, r.version
       FROM jsonb_to_recordset($1::jsonb) AS r("agentId" uuid, "skillId" text, level text, "wishesToDevelop" boolean, scope text, version bigint)
       LEFT JOIN competences_skills k ON k.skill_id = r."skillId"
       ON CONFLICT (agent_id, declared_skill_id) DO UPDATE SET level = EXCLUDED.level, wishes_to_develop = EXCLUDED.wishes_to_develop,
         scope = EXCLUDED.scope, version = EXCLUDED.version
       WHERE s.version < EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
  }

  private async applyOne(recorded: RecordedEvent, sql: ProjectionSql) {
    const event = { type: recorded.type, data: recorded.data } as SkillEvent | AgentSkillEvent;
    const guard = 'AND version < $3';
    switch (event.type) {
      case 'SkillRenamed':
        await sql.query(
          `UPDATE competences_skills SET label = $2, search_text = $4,
             search_vector = setweight(to_tsvector('fr_unaccent', $2), 'A') || setweight(to_tsvector('fr_unaccent', array_to_string(synonyms, ' ')), 'B'),
             version = $3 WHERE skill_id = $1 ${guard}`,
          [event.data.skillId, event.data.to, recorded.streamVersion, fold(event.data.to)],
        );
        break;
      case 'SkillSynonymAdded':
        await sql.query(
          `UPDATE competences_skills SET synonyms = synonyms || $2::text, search_text = search_text || ' ' || $4,
             search_vector = search_vector || setweight(to_tsvector('fr_unaccent', $2), 'B'), version = $3 WHERE skill_id = $1 ${guard}`,
          [event.data.skillId, event.data.synonym, recorded.streamVersion, fold(event.data.synonym)],
        );
        break;
      case 'SkillsMerged':
        await sql.query(`UPDATE competences_skills SET merged_into = $2, version = $3 WHERE skill_id = $1 ${guard}`, [event.data.skillId, event.data.intoSkillId, recorded.streamVersion]);
        await sql.query('UPDATE competences_agent_skills SET skill_id = $2 WHERE skill_id = $1', [event.data.skillId, event.data.intoSkillId]);
        break;
      case 'AgentSkillLevelChanged':
        await sql.query(`UPDATE competences_agent_skills SET level = $4, version = $3 WHERE agent_id = $1 AND declared_skill_id = $2 ${guard}`, [event.data.agentId, event.data.skillId, recorded.streamVersion, event.data.level]);
        break;
      case 'SkillSharingChanged':
        await sql.query(`UPDATE competences_agent_skills SET scope = $4, version = $3 WHERE agent_id = $1 AND declared_skill_id = $2 ${guard}`, [event.data.agentId, event.data.skillId, recorded.streamVersion, event.data.scope]);
        break;
      case 'DevelopmentWishChanged':
        await sql.query(`UPDATE competences_agent_skills SET wishes_to_develop = $4, version = $3 WHERE agent_id = $1 AND declared_skill_id = $2 ${guard}`, [event.data.agentId, event.data.skillId, recorded.streamVersion, event.data.wishesToDevelop]);
        break;
      case 'AgentSkillWithdrawn':
        await sql.query(`DELETE FROM competences_agent_skills WHERE agent_id = $1 AND declared_skill_id = $2 AND version < $3`, [event.data.agentId, event.data.skillId, recorded.streamVersion]);
        break;
      default:
        break;
    }
  }
}
