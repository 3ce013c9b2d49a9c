import { Inject, Injectable } from '@nestjs/common';
import {
  AgentHierarchyRecord,
  AgentLine,
  AgentProfileRecord,
  AgentSearchCriteria,
  DirectoryReadModel,
  OrgChartRecord,
  OrgChartUnitRecord,
  PersonLine,
  SearchableField,
} from '@maillage/directory/application';
import { AgentHrRecord, OrgUnitSummary } from '@maillage/directory/contracts';
import type { Page } from '@maillage/shared/contracts';
import { SEARCH_HITS } from './agent-search.sql';
import { searchWords } from './search-text';
import { SQL, Sql } from '@maillage/shared/kernel';

/**
 * A directory line: the name in use only (the birth name behind a nom d'usage is governed, and read
 * for the fiche alone); HR fields live in another table and are never selected here.
 */
const ENTRY_COLUMNS = `
  a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.first_name AS "firstName",
  coalesce(a.usual_name, a.last_name) AS "lastName", a.post_title AS "postTitle", a.unit_id AS "unitId", u.name AS "unitName",
  a.direction_id AS "directionId", d.name AS "directionName", a.work_email AS "workEmail", a.work_phone AS "workPhone", a.status`;
const ENTRY_JOINS = `LEFT JOIN directory_org_units u ON u.id = a.unit_id LEFT JOIN directory_org_units d ON d.id = a.direction_id`;
const PERSON = `a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.post_title AS "postTitle", u.name AS "unitName"`;

/** Browsing without text: departed agents out, filters, by name. */
const LIST_WHERE = `a.status <> 'departed' AND ($1::uuid IS NULL OR a.direction_id = $1) AND ($2::uuid IS NULL OR a.unit_id = $2) AND ($3::text IS NULL OR a.status = $3)`;
/** The page read in name order from its index; the total counted apart (a window over every row took 100+ ms at 50,000). */
const LIST_PAGE = `SELECT ${ENTRY_COLUMNS}, (SELECT count(*) FROM directory_agents a WHERE ${LIST_WHERE}) AS total
  FROM directory_agents a ${ENTRY_JOINS} WHERE ${LIST_WHERE} ORDER BY a.sort_name, a.id LIMIT $4 OFFSET $5`;
const LIST_COUNT = `SELECT count(*) AS n FROM directory_agents a WHERE ${LIST_WHERE}`;

/** A search holding an "@" is the start of a work email address ("camille.dupont@"), matched on its own index. */
const EMAIL_WHERE = `${LIST_WHERE} AND lower(a.work_email) LIKE $4 ESCAPE '\\'`;
const EMAIL_PAGE = `SELECT ${ENTRY_COLUMNS}, (SELECT count(*) FROM directory_agents a WHERE ${EMAIL_WHERE}) AS total
  FROM directory_agents a ${ENTRY_JOINS} WHERE ${EMAIL_WHERE} ORDER BY a.sort_name, a.id LIMIT $5 OFFSET $6`;
const EMAIL_COUNT = `SELECT count(*) AS n FROM directory_agents a WHERE ${EMAIL_WHERE}`;

/** "Camille.Dupont@" → `camille.dupont@%`, LIKE's own characters taken literally. */
function emailPrefixPattern(text: string): string {
  return text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/** Text search: the ranked matches (agent-search.sql.ts), counted before the page's names and units are fetched. */
const TEXT_PAGE = `
  WITH ${SEARCH_HITS}, page AS (SELECT * FROM hits ORDER BY exact DESC, whole DESC, rank DESC, sort_name, id LIMIT $6 OFFSET $7)
  SELECT ${ENTRY_COLUMNS}, (SELECT count(*) FROM hits) AS total
  FROM page p JOIN directory_agents a ON a.id = p.id ${ENTRY_JOINS}
  ORDER BY p.exact DESC, p.whole DESC, p.rank DESC, p.sort_name, p.id`;
const TEXT_COUNT = `WITH ${SEARCH_HITS} SELECT count(*) AS n FROM hits`;

const ALL_SEARCHABLE: readonly SearchableField[] = ['name', 'postTitle', 'unit', 'workEmail'];

/** The vector's weights a search may match (agent-search.sql.ts): names A, post B, unit C and direction D. */
function searchWeights(searchable: readonly SearchableField[]): string {
  return (searchable.includes('name') ? 'A' : '') + (searchable.includes('postTitle') ? 'B' : '') + (searchable.includes('unit') ? 'CD' : '');
}

@Injectable()
export class PostgresDirectoryReadModel implements DirectoryReadModel {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  /**
   * Names, posts, unit and direction names: accents and case folded, French
   * stems, prefixes while typing, small typos; or, with an "@", the start of a
   * work email address. Departed agents never appear.
   * Relevance first, then name; the total is exact.
   */
  async searchAgents({ text, directionId, unitId, status, page, pageSize, searchable = ALL_SEARCHABLE }: AgentSearchCriteria): Promise<Page<AgentLine>> {
    const filters = [directionId ?? null, unitId ?? null, status ?? null];
    const paging = [pageSize, (page - 1) * pageSize];
    const words = text ? searchWords(text) : [];
    const email = text?.includes('@') ? [...filters, emailPrefixPattern(text)] : null;
    const weights = searchWeights(searchable);
    // Fail closed: a filter or a match on a piece the policy restricts would tell who has it.
    const blind = ((directionId || unitId) && !searchable.includes('unit')) || (email ? !searchable.includes('workEmail') : words.length > 0 && weights === '');
    if (blind) return { items: [], total: 0, page, pageSize };
    // Browsing keeps plans made for its values (a generic one would not see how small the LIMIT is).
    const [rows, count]: [(AgentLine & { total: string })[], () => Promise<{ n: string }[]>] = email
      ? [await this.db.query(EMAIL_PAGE, [...email, ...paging]), () => this.db.query(EMAIL_COUNT, email)]
      : words.length === 0
        ? [await this.db.query(LIST_PAGE, [...filters, ...paging]), () => this.db.query(LIST_COUNT, filters)]
        : [
            await this.prepared('directory-search-page', TEXT_PAGE, [words, ...filters, weights, ...paging]),
            () => this.prepared('directory-search-count', TEXT_COUNT, [words, ...filters, weights]),
          ];
    // A page past the end has no row to carry the total: count separately.
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await count())[0].n);
    return { items: rows.map(({ total: _total, ...entry }) => entry), total, page, pageSize };
  }

  /**
   * A named statement, parsed and planned once per connection: an unnamed one
   * is planned on every call, 0.5 to 1 ms of a 2 ms search. The plan may be the
   * generic one: the search's tsquery is hidden from the planner anyway.
   */
  private prepared<Row>(name: string, text: string, values: readonly unknown[]): Promise<Row[]> {
    return this.db.query<Row>(text, values, { name });
  }

  async findAgentProfile(agentId: string): Promise<AgentProfileRecord | null> {
    const rows = await this.db.query<AgentProfileRecord>(
      `SELECT ${ENTRY_COLUMNS}, a.usual_name AS "usualName", a.last_name AS "birthName", a.office, a.manager_id AS "managerId",
              m.first_name || ' ' || coalesce(m.usual_name, m.last_name) AS "managerName",
              to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.departed_on, 'YYYY-MM-DD') AS "departedOn",
              a.version::int AS version
       FROM directory_agents a ${ENTRY_JOINS} LEFT JOIN directory_agents m ON m.id = a.manager_id
       WHERE a.id = $1`,
      [agentId],
    );
    return rows[0] ?? null;
  }

  async hierarchyOf(agentId: string): Promise<AgentHierarchyRecord | null> {
    const exists = await this.db.query<unknown>('SELECT 1 FROM directory_agents WHERE id = $1', [agentId]);
    if (exists.length === 0) return null;
    const managers = await this.db.query<PersonLine>(
      `WITH RECURSIVE chain AS (
         SELECT manager_id AS id, 1 AS depth FROM directory_agents WHERE id = $1 AND manager_id IS NOT NULL
         UNION ALL
         SELECT m.manager_id, c.depth + 1 FROM chain c JOIN directory_agents m ON m.id = c.id
         WHERE m.manager_id IS NOT NULL AND c.depth < 64)
       SELECT ${PERSON} FROM chain c JOIN directory_agents a ON a.id = c.id LEFT JOIN directory_org_units u ON u.id = a.unit_id
       ORDER BY c.depth`,
      [agentId],
    );
    const directReports = await this.db.query<PersonLine>(
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

  async teamOf(managerId: string, page: number, pageSize: number): Promise<Page<AgentLine & { depth: number }>> {
    const rows = await this.db.query<(AgentLine & { depth: number; total: string })>(
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

  async orgChart(rootUnitId: string | null): Promise<OrgChartRecord> {
    const units = await this.db.query<OrgChartUnitRecord>(
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
    const agents: (PersonLine & { managerId: string | null })[] = rootUnitId
      ? await this.db.query(
          `SELECT ${PERSON}, a.manager_id AS "managerId" FROM directory_agents a LEFT JOIN directory_org_units u ON u.id = a.unit_id
           WHERE a.unit_id = $1 AND a.status <> 'departed' ORDER BY a.sort_name`,
          [rootUnitId],
        )
      : [];
    return { unit, children, agents };
  }

  async findHrRecord(agentId: string): Promise<AgentHrRecord | null> {
    const rows = await this.db.query<AgentHrRecord>(
      `SELECT agent_id AS "agentId", employment, category, filiere, cadre_emplois AS "cadreEmplois", grade, matricule,
              hr_code AS "hrCode", dga_code AS "dgaCode", diplomas, experience
       FROM directory_agent_hr WHERE agent_id = $1`,
      [agentId],
    );
    return rows[0] ?? null;
  }
}
