import {
  AGENT_EVENT_TYPES,
  AgentDirectoryRow,
  ORG_UNIT_EVENT_TYPES,
  OrgUnitRow,
  directionOf,
  evolveAgentDirectoryRow,
  evolveOrgUnitRow,
} from '@maillage/directory/application';
import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { foldForSearch } from './search-text';

const ORG_UNIT_TYPES: readonly string[] = ORG_UNIT_EVENT_TYPES;

const SELECT_AGENTS = `
  SELECT a.id, a.first_name AS "firstName", a.last_name AS "lastName", a.usual_name AS "usualName", a.post_title AS "postTitle",
         a.unit_id AS "unitId", a.manager_id AS "managerId", a.work_email AS "workEmail", a.work_phone AS "workPhone", a.office,
         to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", a.status, to_char(a.departed_on, 'YYYY-MM-DD') AS "departedOn",
         a.version::int AS version,
         json_build_object('employment', h.employment, 'category', h.category, 'filiere', h.filiere, 'cadreEmplois', h.cadre_emplois,
           'grade', h.grade, 'matricule', h.matricule, 'hrCode', h.hr_code, 'dgaCode', h.dga_code, 'diplomas', h.diplomas,
           'experience', h.experience) AS hr
  FROM directory_agents a LEFT JOIN directory_agent_hr h ON h.agent_id = a.id`;

/**
 * The whole directory in one projection, so agents and units are always
 * consistent with each other (an agent's direction follows its unit's moves).
 * Set-based per batch: read the touched rows, fold in memory, write each table
 * with one statement. Replayed events are no-ops thanks to version guards.
 */
export class DirectoryProjection implements Projection {
  readonly name = 'directory';
  readonly eventTypes = [...ORG_UNIT_EVENT_TYPES, ...AGENT_EVENT_TYPES];
  readonly readModelTables = ['directory_agents', 'directory_agent_hr', 'directory_org_units'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    // The unit tree is small (a few thousand rows at most) and read whole.
    const { rows: unitRows } = await sql.query<OrgUnitRow>(
      `SELECT id, name, kind, parent_id AS "parentId", head_agent_id AS "headAgentId", closed, version::int AS version FROM directory_org_units`,
    );
    const units = new Map(unitRows.map((u) => [u.id, u]));
    const agentIds = [...new Set(events.filter((e) => !ORG_UNIT_TYPES.includes(e.type)).map((e) => (e.data as { agentId: string }).agentId))];
    const { rows: agentRows } = await sql.query<AgentDirectoryRow>(`${SELECT_AGENTS} WHERE a.id = ANY($1::uuid[])`, [agentIds]);
    const agents = new Map(agentRows.map((a) => [a.id, a]));
    const changedUnits = new Set<string>();
    const changedAgents = new Set<string>();
    let treeChanged = false;

    for (const event of events) {
      if (ORG_UNIT_TYPES.includes(event.type)) {
        const id = (event.data as { unitId: string }).unitId;
        const next = evolveOrgUnitRow(units.get(id) ?? null, event);
        if (next && next !== units.get(id)) {
          units.set(id, next);
          changedUnits.add(id);
          treeChanged ||= event.type === 'OrgUnitMoved';
        }
      } else {
        const id = (event.data as { agentId: string }).agentId;
        const next = evolveAgentDirectoryRow(agents.get(id) ?? null, event);
        if (next && next !== agents.get(id)) {
          agents.set(id, next);
          changedAgents.add(id);
        }
      }
    }

    await this.writeUnits([...changedUnits].map((id) => units.get(id)!), units, sql);
    await this.writeAgents([...changedAgents].map((id) => agents.get(id)!), units, sql);
    if (treeChanged) {
      // A moved unit can change the direction of every agent below it.
      await sql.query(`UPDATE directory_agents a SET direction_id = u.direction_id FROM directory_org_units u
                       WHERE a.unit_id = u.id AND a.direction_id IS DISTINCT FROM u.direction_id`);
    }
  }

  private async writeUnits(changed: OrgUnitRow[], units: Map<string, OrgUnitRow>, sql: ProjectionSql): Promise<void> {
    if (changed.length === 0) return;
    // Directions are recomputed for the whole tree: a move re-parents a subtree.
    const payload = [...units.values()].map((u) => ({ ...u, directionId: directionOf(u.id, units) }));
    await sql.query(
      `INSERT INTO directory_org_units AS u (id, name, kind, parent_id, head_agent_id, closed, direction_id, search_vector, version)
       SELECT id, name, kind, "parentId", "headAgentId", closed, "directionId", to_tsvector('fr_unaccent', name), version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, kind text, "parentId" uuid, "headAgentId" uuid, closed boolean,
            "directionId" uuid, version bigint)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id,
         head_agent_id = EXCLUDED.head_agent_id, closed = EXCLUDED.closed, direction_id = EXCLUDED.direction_id,
         search_vector = EXCLUDED.search_vector, version = EXCLUDED.version
       WHERE u.version < EXCLUDED.version OR u.direction_id IS DISTINCT FROM EXCLUDED.direction_id`,
      [JSON.stringify(payload)],
    );
  }

  private async writeAgents(changed: AgentDirectoryRow[], units: Map<string, OrgUnitRow>, sql: ProjectionSql): Promise<void> {
    if (changed.length === 0) return;
    const payload = changed.map((a) => ({
      ...a,
      directionId: directionOf(a.unitId, units),
      searchText: foldForSearch(a.firstName, a.lastName, a.usualName, a.postTitle, a.workEmail),
      sortName: foldForSearch(a.lastName, a.firstName),
    }));
    await sql.query(
      `INSERT INTO directory_agents AS a (id, first_name, last_name, usual_name, post_title, unit_id, manager_id, work_email,
                                          work_phone, office, start_date, status, departed_on, direction_id, search_text, sort_name,
                                          search_vector, version)
       SELECT id, "firstName", "lastName", "usualName", "postTitle", "unitId", "managerId", "workEmail",
              "workPhone", office, "startDate"::date, status, "departedOn"::date, "directionId", "searchText", "sortName",
              setweight(to_tsvector('fr_unaccent', concat_ws(' ', "firstName", "lastName", "usualName")), 'A')
                || setweight(to_tsvector('fr_unaccent', "postTitle"), 'B'),
              version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "firstName" text, "lastName" text, "usualName" text, "postTitle" text,
            "unitId" uuid, "managerId" uuid, "workEmail" text, "workPhone" text, office text, "startDate" text, status text,
            "departedOn" text, "directionId" uuid, "searchText" text, "sortName" text, version bigint)
       ON CONFLICT (id) DO UPDATE SET
         first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, usual_name = EXCLUDED.usual_name,
         post_title = EXCLUDED.post_title, unit_id = EXCLUDED.unit_id, manager_id = EXCLUDED.manager_id,
         work_email = EXCLUDED.work_email, work_phone = EXCLUDED.work_phone, office = EXCLUDED.office,
         start_date = EXCLUDED.start_date, status = EXCLUDED.status, departed_on = EXCLUDED.departed_on,
         direction_id = EXCLUDED.direction_id, search_text = EXCLUDED.search_text, sort_name = EXCLUDED.sort_name,
         search_vector = EXCLUDED.search_vector, version = EXCLUDED.version
       WHERE a.version < EXCLUDED.version`,
      [JSON.stringify(payload)],
    );
    await sql.query(
      `INSERT INTO directory_agent_hr AS h (agent_id, employment, category, filiere, cadre_emplois, grade, matricule, hr_code, dga_code,
                                            diplomas, experience, version)
       SELECT id, hr->>'employment', hr->>'category', hr->>'filiere', hr->>'cadreEmplois', hr->>'grade', hr->>'matricule',
              hr->>'hrCode', hr->>'dgaCode', hr->>'diplomas', hr->>'experience', version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, hr jsonb, version bigint)
       ON CONFLICT (agent_id) DO UPDATE SET employment = EXCLUDED.employment, category = EXCLUDED.category, filiere = EXCLUDED.filiere,
         cadre_emplois = EXCLUDED.cadre_emplois, grade = EXCLUDED.grade, matricule = EXCLUDED.matricule, hr_code = EXCLUDED.hr_code,
         dga_code = EXCLUDED.dga_code, diplomas = EXCLUDED.diplomas, experience = EXCLUDED.experience, version = EXCLUDED.version
       WHERE h.version < EXCLUDED.version`,
      [JSON.stringify(changed.map(({ id, hr, version }) => ({ id, hr, version })))],
    );
  }
}
