import {
  AGENT_DIRECTORY_EVENTS,
  AgentDirectoryRow,
  ORG_UNIT_EVENTS,
  OrgUnitRow,
  evolveAgentDirectoryRow,
  evolveOrgUnitRow,
  foldRows,
} from '@maillage/directory/application';
import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { foldForSearch } from './search-text';

const idOf = (field: string) => (event: RecordedEvent) => (event.data as Record<string, string>)[field];

/**
 * Set-based writer: one SELECT for the rows a batch touches, fold in memory,
 * one upsert. Replayed events are no-ops thanks to the version guard.
 */
export class AgentDirectoryProjection implements Projection {
  readonly name = 'directory-agents';
  readonly eventTypes = AGENT_DIRECTORY_EVENTS;
  readonly readModelTables = ['directory_agents'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    const ids = [...new Set(events.map(idOf('agentId')))];
    const { rows } = await sql.query<AgentDirectoryRow>(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", usual_name AS "usualName", post_title AS "postTitle",
              unit_id AS "unitId", manager_id AS "managerId", work_email AS "workEmail", work_phone AS "workPhone",
              office, to_char(start_date, 'YYYY-MM-DD') AS "startDate", status, version::int AS version
       FROM directory_agents WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const folded = foldRows(new Map(rows.map((r) => [r.id, r])), events, idOf('agentId'), evolveAgentDirectoryRow);
    const payload = [...folded.values()].map((r) => ({
      ...r,
      searchText: foldForSearch(r.firstName, r.lastName, r.usualName, r.postTitle, r.workEmail),
      sortName: foldForSearch(r.lastName, r.firstName),
    }));
    if (payload.length === 0) return;
    await sql.query(
      `INSERT INTO directory_agents AS a (id, first_name, last_name, usual_name, post_title, unit_id, manager_id, work_email,
                                          work_phone, office, start_date, status, search_text, sort_name, version)
       SELECT id, "firstName", "lastName", "usualName", "postTitle", "unitId", "managerId", "workEmail",
              "workPhone", office, "startDate"::date, status, "searchText", "sortName", version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "firstName" text, "lastName" text, "usualName" text, "postTitle" text,
            "unitId" uuid, "managerId" uuid, "workEmail" text, "workPhone" text, office text, "startDate" text, status text,
            "searchText" text, "sortName" text, version bigint)
       ON CONFLICT (id) DO UPDATE SET
         first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, usual_name = EXCLUDED.usual_name,
         post_title = EXCLUDED.post_title, unit_id = EXCLUDED.unit_id, manager_id = EXCLUDED.manager_id,
         work_email = EXCLUDED.work_email, work_phone = EXCLUDED.work_phone, office = EXCLUDED.office,
         start_date = EXCLUDED.start_date, status = EXCLUDED.status, search_text = EXCLUDED.search_text,
         sort_name = EXCLUDED.sort_name, version = EXCLUDED.version
       WHERE a.version < EXCLUDED.version`,
      [JSON.stringify(payload)],
    );
  }
}

export class OrgUnitsProjection implements Projection {
  readonly name = 'directory-org-units';
  readonly eventTypes = ORG_UNIT_EVENTS;
  readonly readModelTables = ['directory_org_units'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    const ids = [...new Set(events.map(idOf('unitId')))];
    const { rows } = await sql.query<OrgUnitRow>(
      `SELECT id, name, kind, parent_id AS "parentId", version::int AS version FROM directory_org_units WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const folded = foldRows(new Map(rows.map((r) => [r.id, r])), events, idOf('unitId'), evolveOrgUnitRow);
    if (folded.size === 0) return;
    await sql.query(
      `INSERT INTO directory_org_units AS u (id, name, kind, parent_id, version)
       SELECT id, name, kind, "parentId", version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, kind text, "parentId" uuid, version bigint)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id, version = EXCLUDED.version
       WHERE u.version < EXCLUDED.version`,
      [JSON.stringify([...folded.values()])],
    );
  }
}
