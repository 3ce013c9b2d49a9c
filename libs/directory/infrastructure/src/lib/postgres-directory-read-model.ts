import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentSearchCriteria, DirectoryReadModel } from '@maillage/directory/application';
import { AgentDirectoryEntry, AgentHierarchy, AgentHrRecord, AgentProfile, OrgChartLevel, OrgChartUnit, OrgUnitSummary, Page, PersonRef } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';
import { foldForSearch } from './search-text';

/** Public directory columns only: HR fields live in another table and are never selected here. */
const ENTRY_COLUMNS = `
  a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.first_name AS "firstName",
  a.last_name AS "lastName", a.post_title AS "postTitle", a.unit_id AS "unitId", u.name AS "unitName",
  a.direction_id AS "directionId", d.name AS "directionName", a.work_email AS "workEmail", a.work_phone AS "workPhone", a.status`;
const ENTRY_JOINS = `LEFT JOIN directory_org_units u ON u.id = a.unit_id LEFT JOIN directory_org_units d ON d.id = a.direction_id`;
const PERSON = `a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.post_title AS "postTitle", u.name AS "unitName"`;

/** Browsing without text: departed agents out, filters, by name. */
const LIST_WHERE = `a.status <> 'departed' AND ($1::uuid IS NULL OR a.direction_id = $1) AND ($2::uuid IS NULL OR a.unit_id = $2) AND ($3::text IS NULL OR a.status = $3)`;
const LIST_PAGE = `SELECT ${ENTRY_COLUMNS}, count(*) OVER () AS total FROM directory_agents a ${ENTRY_JOINS}
  WHERE ${LIST_WHERE} ORDER BY a.sort_name, a.id LIMIT $4 OFFSET $5`;
const LIST_COUNT = `SELECT count(*) AS n FROM directory_agents a WHERE ${LIST_WHERE}`;

/**
 * Text search. Shaped by `npm run bench` on a 50,000-agent city: the query's
 * values sit where the planner sees them, so the OR of full text, unit names
 * and trigram becomes a BitmapOr of index scans; the matches are ranked and
 * counted on their own, names and units fetched for the page's rows only; and
 * word_similarity is computed only when too few matches rank on full text
 * (it never exceeds 0.1, so it cannot reorder those). Same answers as ranking
 * everything by greatest(ts_rank, word_similarity × 0.1).
 */
const TSQ = `to_tsquery('fr_unaccent', $1)`;
const TEXT_MATCH = `a.status <> 'departed'
    AND ($3::uuid IS NULL OR a.direction_id = $3) AND ($4::uuid IS NULL OR a.unit_id = $4) AND ($5::text IS NULL OR a.status = $5)
    AND (a.search_vector @@ ${TSQ}
         OR a.unit_id = ANY (ARRAY(SELECT id FROM directory_org_units WHERE search_vector @@ ${TSQ}))
         OR a.direction_id = ANY (ARRAY(SELECT id FROM directory_org_units WHERE search_vector @@ ${TSQ}))
         OR $2 <% a.search_text)`;
const TEXT_PAGE = `
  WITH hits AS MATERIALIZED (
    SELECT a.id, a.sort_name, a.search_text, ts_rank(a.search_vector, ${TSQ}) AS tr FROM directory_agents a WHERE ${TEXT_MATCH}
  ), strong AS (
    SELECT id, sort_name, tr::float8 AS rank FROM hits WHERE tr > 0.1 ORDER BY tr DESC, sort_name, id LIMIT $6::bigint + $7::bigint
  ), weak AS (
    SELECT id, sort_name, greatest(tr, word_similarity($2, search_text) * 0.1) AS rank FROM hits
    WHERE tr <= 0.1 AND (SELECT count(*) FROM strong) < $6::bigint + $7::bigint
    ORDER BY 3 DESC, sort_name, id LIMIT $6::bigint + $7::bigint
  ), page AS (
    SELECT * FROM (SELECT * FROM strong UNION ALL SELECT * FROM weak) r ORDER BY rank DESC, sort_name, id LIMIT $6 OFFSET $7
  )
  SELECT ${ENTRY_COLUMNS}, (SELECT count(*) FROM hits) AS total
  FROM page p JOIN directory_agents a ON a.id = p.id ${ENTRY_JOINS}
  ORDER BY p.rank DESC, p.sort_name, p.id`;
const TEXT_COUNT = `SELECT count(*) AS n FROM directory_agents a WHERE ${TEXT_MATCH}`;

/** "gaut hél" → "gaut:* & hel:*": every word, as a prefix, so results come while typing. */
function prefixQuery(text: string): string | null {
  const words = foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

@Injectable()
export class PostgresDirectoryReadModel implements DirectoryReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Full text (French stemming, accents folded, prefixes) on names and posts,
   * plus unit and direction names, plus trigram similarity for small typos.
   * Departed agents never appear. Relevance first, then name.
   */
  async searchAgents({ text, directionId, unitId, status, page, pageSize }: AgentSearchCriteria): Promise<Page<AgentDirectoryEntry>> {
    const tsquery = text ? prefixQuery(text) : null;
    const filters = [directionId ?? null, unitId ?? null, status ?? null];
    const paging = [pageSize, (page - 1) * pageSize];
    const [sql, count, values] =
      tsquery === null ? [LIST_PAGE, LIST_COUNT, filters] : [TEXT_PAGE, TEXT_COUNT, [tsquery, foldForSearch(text ?? ''), ...filters]];
    const rows: (AgentDirectoryEntry & { total: string })[] = await this.db.query(sql, [...values, ...paging]);
    // A page past the end has no row to carry the total: count separately.
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.db.query(count, values))[0].n);
    return { items: rows.map(({ total: _total, ...entry }) => entry), total, page, pageSize };
  }

  async findAgentProfile(agentId: string): Promise<AgentProfile | null> {
    const rows: AgentProfile[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS}, a.usual_name AS "usualName", a.office, a.manager_id AS "managerId",
              m.first_name || ' ' || coalesce(m.usual_name, m.last_name) AS "managerName",
              to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.departed_on, 'YYYY-MM-DD') AS "departedOn",
              a.version::int AS version
       FROM directory_agents a ${ENTRY_JOINS} LEFT JOIN directory_agents m ON m.id = a.manager_id
       WHERE a.id = $1`,
      [agentId],
    );
    return rows[0] ?? null;
  }

  async hierarchyOf(agentId: string): Promise<AgentHierarchy | null> {
    const exists: unknown[] = await this.db.query('SELECT 1 FROM directory_agents WHERE id = $1', [agentId]);
    if (exists.length === 0) return null;
    const managers: PersonRef[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT manager_id AS id, 1 AS depth FROM directory_agents WHERE id = $1 AND manager_id IS NOT NULL
         UNION ALL
         SELECT m.manager_id, c.depth + 1 FROM chain c JOIN directory_agents m ON m.id = c.id
         WHERE m.manager_id IS NOT NULL AND c.depth < 64)
       SELECT ${PERSON} FROM chain c JOIN directory_agents a ON a.id = c.id LEFT JOIN directory_org_units u ON u.id = a.unit_id
       ORDER BY c.depth`,
      [agentId],
    );
    const directReports: PersonRef[] = await this.db.query(
      `SELECT ${PERSON} FROM directory_agents a LEFT JOIN directory_org_units u ON u.id = a.unit_id
       WHERE a.manager_id = $1 AND a.status <> 'departed' ORDER BY a.sort_name`,
      [agentId],
    );
    const [{ n }] = await this.db.query(
      `WITH RECURSIVE team AS (
         SELECT id, 1 AS depth FROM directory_agents WHERE manager_id = $1 AND status <> 'departed'
         UNION ALL
         SELECT a.id, t.depth + 1 FROM team t JOIN directory_agents a ON a.manager_id = t.id WHERE a.status <> 'departed' AND t.depth < 64)
       SELECT count(*) FILTER (WHERE depth > 1) AS n FROM team`,
      [agentId],
    );
    return { agentId, managers, directReports, indirectReportCount: Number(n) };
  }

  async teamOf(managerId: string, page: number, pageSize: number): Promise<Page<AgentDirectoryEntry & { depth: number }>> {
    const rows: (AgentDirectoryEntry & { depth: number; total: string })[] = await this.db.query(
      `WITH RECURSIVE team AS (
         SELECT id, 1 AS depth FROM directory_agents WHERE manager_id = $1 AND status <> 'departed'
         UNION ALL
         SELECT a.id, t.depth + 1 FROM team t JOIN directory_agents a ON a.manager_id = t.id WHERE a.status <> 'departed' AND t.depth < 64)
       SELECT ${ENTRY_COLUMNS}, t.depth, count(*) OVER () AS total
       FROM team t JOIN directory_agents a ON a.id = t.id ${ENTRY_JOINS}
       ORDER BY t.depth, a.sort_name LIMIT $2 OFFSET $3`,
      [managerId, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0, page, pageSize };
  }

  async listOrgUnits(): Promise<OrgUnitSummary[]> {
    return this.db.query(
      `SELECT id, name, kind, parent_id AS "parentId", head_agent_id AS "headAgentId", closed, version::int AS version
       FROM directory_org_units ORDER BY name`,
    );
  }

  async orgChart(rootUnitId: string | null): Promise<OrgChartLevel> {
    const units: (OrgChartUnit & { headName: string | null; headPost: string | null })[] = await this.db.query(
      `SELECT u.id, u.name, u.kind, u.parent_id AS "parentId",
              CASE WHEN h.id IS NULL THEN NULL ELSE json_build_object('id', h.id, 'displayName', h.first_name || ' ' || coalesce(h.usual_name, h.last_name),
                'postTitle', h.post_title, 'unitName', u.name) END AS head,
              (SELECT count(*)::int FROM directory_agents a WHERE a.unit_id = u.id AND a.status <> 'departed') AS "agentCount",
              (SELECT count(*)::int FROM directory_org_units c WHERE c.parent_id = u.id AND NOT c.closed) AS "childCount"
       FROM directory_org_units u LEFT JOIN directory_agents h ON h.id = u.head_agent_id
       WHERE NOT u.closed AND (u.id = $1 OR u.parent_id = $1 OR ($1::uuid IS NULL AND u.parent_id IS NULL))
       ORDER BY u.name`,
      [rootUnitId],
    );
    const unit = rootUnitId ? (units.find((u) => u.id === rootUnitId) ?? null) : null;
    const children = units.filter((u) => u.id !== rootUnitId);
    const agents: (PersonRef & { managerId: string | null })[] = rootUnitId
      ? await this.db.query(
          `SELECT ${PERSON}, a.manager_id AS "managerId" FROM directory_agents a LEFT JOIN directory_org_units u ON u.id = a.unit_id
           WHERE a.unit_id = $1 AND a.status <> 'departed' ORDER BY a.sort_name`,
          [rootUnitId],
        )
      : [];
    return { unit, children, agents };
  }

  async findHrRecord(agentId: string): Promise<AgentHrRecord | null> {
    const rows: AgentHrRecord[] = await this.db.query(
      `SELECT agent_id AS "agentId", employment, category, filiere, cadre_emplois AS "cadreEmplois", grade, matricule,
              hr_code AS "hrCode", dga_code AS "dgaCode", diplomas, experience
       FROM directory_agent_hr WHERE agent_id = $1`,
      [agentId],
    );
    return rows[0] ?? null;
  }
}
