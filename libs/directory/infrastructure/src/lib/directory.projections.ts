import {
  AGENT_EVENT_TYPES,
  AgentDirectoryRow,
  ORG_UNIT_EVENT_TYPES,
  OrgUnitRow,
  directionOf,
  evolveAgentDirectoryRow,
  evolveOrgUnitRow,
} from '@maillage/directory/application';
import type { DirectoryEvent } from '@maillage/directory/domain';
import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { foldForSearch } from './search-text';

const ORG_UNIT_TYPES: readonly string[] = ORG_UNIT_EVENT_TYPES;

const UNIT_COLUMNS = `u.id, u.name, u.kind, u.parent_id AS "parentId", u.head_agent_id AS "headAgentId", u.closed, u.version::int AS version,
  u.direction_id AS "directionId"`;
type StoredUnit = OrgUnitRow & { readonly directionId: string | null };

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
 * The lexicon takes the batch's distinct whitespace-separated pieces of text: the text search parser never reads a
 * word across a space, so they give the words the whole texts would, parsed once each rather than once per agent.
 */
const addTokens = (tokens: Set<string>, text: string | null) => text?.split(/\s+/).forEach((t) => t && tokens.add(t));

/**
 * The surname others know the agent by: the nom d'usage when there is one. The birth name behind it is
 * governed (HR only by default): never indexed, sorted by or put in the lexicon, so no search reveals it.
 */
const nameInUse = (agent: Pick<AgentDirectoryRow, 'lastName' | 'usualName'>): string => agent.usualName ?? agent.lastName;

const rowsOf = <Row>(ids: Iterable<string>, rows: ReadonlyMap<string, Row>): Row[] =>
  [...new Set(ids)].map((id) => rows.get(id)).filter((row): row is Row => row !== undefined);

/** The units a batch works with, and where each one sits (its direction) once the batch is applied. */
interface UnitTree {
  readonly units: Map<string, OrgUnitRow>;
  readonly stored: ReadonlyMap<string, StoredUnit>;
  directionOf(unitId: string | null): string | null;
}

/**
 * The whole directory in one projection, so agents and units are always
 * consistent with each other (an agent's direction follows its unit's moves).
 * Set-based per batch: read the touched rows, fold in memory, write each table
 * with one statement. Replayed events are no-ops thanks to version guards.
 * Also fills the search lexicon with the words of every name in use, post and
 * unit the log has held: each state, not only a batch's last, so a rebuild in
 * other batches gives the same lexicon.
 */
export class DirectoryProjection implements Projection<DirectoryEvent['type']> {
  readonly name = 'directory';
  readonly eventTypes: readonly DirectoryEvent['type'][] = [...ORG_UNIT_EVENT_TYPES, ...AGENT_EVENT_TYPES];
  readonly readModelTables = ['directory_agents', 'directory_agent_hr', 'directory_org_units', 'directory_search_words'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    const unitEvents = events.filter((e) => ORG_UNIT_TYPES.includes(e.type));
    const agentEvents = events.filter((e) => !ORG_UNIT_TYPES.includes(e.type));
    const words = new Set<string>();

    // An agent's row evolves without the units: only its direction and search vector need them, at write time.
    const agentIds = [...new Set(agentEvents.map((e) => (e.data as { agentId: string }).agentId))];
    const { rows: agentRows } = await sql.query<AgentDirectoryRow>(`${SELECT_AGENTS} WHERE a.id = ANY($1::uuid[])`, [agentIds]);
    const agents = new Map(agentRows.map((a) => [a.id, a]));
    const changedAgents = new Set<string>();
    for (const event of agentEvents) {
      const id = (event.data as { agentId: string }).agentId;
      const next = evolveAgentDirectoryRow(agents.get(id) ?? null, event);
      if (next && next !== agents.get(id)) {
        agents.set(id, next);
        changedAgents.add(id);
        for (const text of [next.firstName, nameInUse(next), next.postTitle]) addTokens(words, text);
      }
    }

    const agentUnits = [...changedAgents].map((id) => agents.get(id)?.unitId).filter((u): u is string => !!u);
    const tree = unitEvents.length > 0 ? await this.wholeTree(sql) : await this.unitsOf(agentUnits, sql);
    const changedUnits = new Set<string>();
    for (const event of unitEvents) {
      const id = (event.data as { unitId: string }).unitId;
      const next = evolveOrgUnitRow(tree.units.get(id) ?? null, event);
      if (next && next !== tree.units.get(id)) {
        tree.units.set(id, next);
        changedUnits.add(id);
        addTokens(words, next.name);
      }
    }

    // Units written: the changed ones, those a move put under another direction, those whose direction was renamed
    // (a unit's search vector holds its direction's name). Their agents take the new direction and vector.
    const before = (id: string) => tree.stored.get(id);
    const renamed = new Set([...changedUnits].filter((id) => tree.units.get(id)?.name !== before(id)?.name));
    const reshaped = [...tree.units.keys()].filter((id) => {
      const direction = tree.directionOf(id);
      return renamed.has(id) || direction !== (before(id)?.directionId ?? null) || (direction !== null && renamed.has(direction));
    });
    await this.writeUnits(rowsOf([...changedUnits, ...reshaped], tree.units), tree, sql);
    await this.writeAgents(rowsOf(changedAgents, agents), tree, sql);
    if (reshaped.length > 0) {
      await sql.query(
        `UPDATE directory_agents a SET direction_id = u.direction_id,
           search_vector = directory_agent_search_vector(concat_ws(' ', a.first_name, coalesce(a.usual_name, a.last_name)), a.post_title) || u.search_vector
         FROM directory_org_units u WHERE a.unit_id = u.id AND u.id = ANY($1::uuid[])`,
        [reshaped],
      );
    }
    if (words.size > 0) {
      await sql.query(`INSERT INTO directory_search_words (word) SELECT directory_search_words_of($1::text[]) ON CONFLICT DO NOTHING`, [[...words]]);
    }
  }

  /** A batch that changes units reads the whole tree (a few thousand rows): a move re-parents a subtree. */
  private async wholeTree(sql: ProjectionSql): Promise<UnitTree> {
    const { rows } = await sql.query<StoredUnit>(`SELECT ${UNIT_COLUMNS} FROM directory_org_units u`);
    const stored = new Map(rows.map((u) => [u.id, u]));
    const units = new Map<string, OrgUnitRow>(rows.map(({ directionId: _d, ...u }) => [u.id, u]));
    return { units, stored, directionOf: (unitId) => directionOf(unitId, units) };
  }

  /** Otherwise the tree does not change: the agents' units, with their directions as stored, are enough. */
  private async unitsOf(unitIds: readonly string[], sql: ProjectionSql): Promise<UnitTree> {
    const { rows } =
      unitIds.length === 0 ? { rows: [] } : await sql.query<StoredUnit>(`SELECT ${UNIT_COLUMNS} FROM directory_org_units u WHERE u.id = ANY($1::uuid[])`, [[...new Set(unitIds)]]);
    const stored = new Map(rows.map((u) => [u.id, u]));
    const units = new Map<string, OrgUnitRow>(rows.map(({ directionId: _d, ...u }) => [u.id, u]));
    return { units, stored, directionOf: (unitId) => (unitId === null ? null : (stored.get(unitId)?.directionId ?? null)) };
  }

  private async writeUnits(changed: OrgUnitRow[], tree: UnitTree, sql: ProjectionSql): Promise<void> {
    if (changed.length === 0) return;
    const payload = changed.map((u) => {
      const directionId = tree.directionOf(u.id);
      return { ...u, directionId, directionName: directionId === u.id || directionId === null ? null : (tree.units.get(directionId)?.name ?? null) };
    });
    await sql.query(
      `INSERT INTO directory_org_units AS u (id, name, kind, parent_id, head_agent_id, closed, direction_id, search_vector, version)
       SELECT id, name, kind, "parentId", "headAgentId", closed, "directionId", directory_unit_search_vector(name, "directionName"), version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, kind text, "parentId" uuid, "headAgentId" uuid, closed boolean,
            "directionId" uuid, "directionName" text, version bigint)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id,
         head_agent_id = EXCLUDED.head_agent_id, closed = EXCLUDED.closed, direction_id = EXCLUDED.direction_id,
         search_vector = EXCLUDED.search_vector, version = EXCLUDED.version
       WHERE u.version < EXCLUDED.version OR u.direction_id IS DISTINCT FROM EXCLUDED.direction_id OR u.search_vector <> EXCLUDED.search_vector`,
      [JSON.stringify(payload)],
    );
  }

  private async writeAgents(changed: AgentDirectoryRow[], tree: UnitTree, sql: ProjectionSql): Promise<void> {
    if (changed.length === 0) return;
    const payload = changed.map((a) => ({ ...a, directionId: tree.directionOf(a.unitId), sortName: foldForSearch(nameInUse(a), a.firstName) }));
    await sql.query(
      `INSERT INTO directory_agents AS a (id, first_name, last_name, usual_name, post_title, unit_id, manager_id, work_email,
                                          work_phone, office, start_date, status, departed_on, direction_id, sort_name,
                                          search_vector, version)
       SELECT r.id, r."firstName", r."lastName", r."usualName", r."postTitle", r."unitId", r."managerId", r."workEmail",
              r."workPhone", r.office, r."startDate"::date, r.status, r."departedOn"::date, r."directionId", r."sortName",
              directory_agent_search_vector(concat_ws(' ', r."firstName", coalesce(r."usualName", r."lastName")), r."postTitle") || coalesce(u.search_vector, ''),
              r.version
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "firstName" text, "lastName" text, "usualName" text, "postTitle" text,
            "unitId" uuid, "managerId" uuid, "workEmail" text, "workPhone" text, office text, "startDate" text, status text,
            "departedOn" text, "directionId" uuid, "sortName" text, version bigint)
       LEFT JOIN directory_org_units u ON u.id = r."unitId"
       ON CONFLICT (id) DO UPDATE SET
         first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, usual_name = EXCLUDED.usual_name,
         post_title = EXCLUDED.post_title, unit_id = EXCLUDED.unit_id, manager_id = EXCLUDED.manager_id,
         work_email = EXCLUDED.work_email, work_phone = EXCLUDED.work_phone, office = EXCLUDED.office,
         start_date = EXCLUDED.start_date, status = EXCLUDED.status, departed_on = EXCLUDED.departed_on,
         direction_id = EXCLUDED.direction_id, sort_name = EXCLUDED.sort_name,
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
