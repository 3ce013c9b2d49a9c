import type { DirectoryIntegrationEvent } from '@maillage/directory/contracts';
import { PersonRow, UnitRow, directionOf, evolvePersonRow, evolveUnitRow } from '@maillage/competences/application';
import { Consumer, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';

type Published = DirectoryIntegrationEvent;
type Of<T extends Published['type']> = RecordedEvent<Extract<Published, { type: T }>>;
const isAgent = (e: RecordedEvent<Published>): e is Of<'directory.AgentChanged'> => e.type === 'directory.AgentChanged';
const isUnit = (e: RecordedEvent<Published>): e is Of<'directory.OrgUnitChanged'> => e.type === 'directory.OrgUnitChanged';

// Positions come back as numbers: a log stays far below 2^53 transactions and events.
const POSITION = `json_build_object('transaction', log_transaction::float8, 'position', log_position::float8) AS position`;
const NEWER = (alias: string) => `(${alias}.log_transaction, ${alias}.log_position) < (EXCLUDED.log_transaction, EXCLUDED.log_position)`;
type StoredUnit = UnitRow & { readonly directionId: string | null };

/**
 * Competences' own copy of people and units, from the directory's published events: the skill
 * search and the team builder read only these (names still go through the redactor when shown).
 * Set-based per batch: read the touched rows, fold in memory, one upsert per table. Replays are
 * no-ops (log position guard). Each unit keeps its direction, and each person theirs, so the
 * search filters on a column: a batch that changes units reads the whole tree (a few thousand
 * rows) and moves the direction of the people of every unit whose direction changed.
 */
export class CompetencesOrganisationProjection implements Consumer<Published> {
  readonly name = 'competences-organisation';
  readonly eventTypes: readonly Published['type'][] = ['directory.AgentChanged', 'directory.OrgUnitChanged'];
  readonly readModelTables = ['competences_agents', 'competences_units'];

  async apply(events: readonly RecordedEvent<Published>[], sql: ProjectionSql): Promise<void> {
    const directionOfUnit = await this.applyUnits(events.filter(isUnit), sql);
    await this.applyPeople(events.filter(isAgent), directionOfUnit, sql);
  }

  /** Writes the units, and answers where each unit of the batch's people now sits. */
  private async applyUnits(events: readonly Of<'directory.OrgUnitChanged'>[], sql: ProjectionSql): Promise<(unitIds: string[]) => Promise<Map<string, string | null>>> {
    const storedDirections = async (unitIds: string[]) => {
      const { rows } = await sql.query<{ id: string; direction_id: string | null }>('SELECT id, direction_id FROM competences_units WHERE id = ANY($1::uuid[])', [unitIds]);
      return new Map(rows.map((r) => [r.id, r.direction_id]));
    };
    if (events.length === 0) return storedDirections;
    const { rows } = await sql.query<StoredUnit>(
      `SELECT id AS "unitId", name, kind, parent_id AS "parentId", closed, direction_id AS "directionId", ${POSITION} FROM competences_units`,
    );
    const stored = new Map(rows.map((u) => [u.unitId, u]));
    const units = new Map<string, UnitRow>(rows.map(({ directionId: _d, ...u }) => [u.unitId, u]));
    const changed = new Set<string>();
    for (const event of events) {
      const id = event.data.unitId;
      const next = evolveUnitRow(units.get(id) ?? null, event);
      if (next && next !== units.get(id)) {
        units.set(id, next);
        changed.add(id);
      }
    }
    const written = [...units.values()]
      .map((u) => ({ ...u, directionId: directionOf(u.unitId, units) }))
      .filter((u) => changed.has(u.unitId) || u.directionId !== (stored.get(u.unitId)?.directionId ?? null));
    if (written.length > 0) {
      await sql.query(
        `INSERT INTO competences_units AS u (id, name, kind, parent_id, closed, direction_id, log_transaction, log_position)
         SELECT "unitId", name, kind, "parentId", closed, "directionId", (position->>'transaction')::bigint, (position->>'position')::bigint
         FROM jsonb_to_recordset($1::jsonb) AS r("unitId" uuid, name text, kind text, "parentId" uuid, closed boolean, "directionId" uuid, position jsonb)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id, closed = EXCLUDED.closed,
           direction_id = EXCLUDED.direction_id, log_transaction = EXCLUDED.log_transaction, log_position = EXCLUDED.log_position
         WHERE ${NEWER('u')} OR u.direction_id IS DISTINCT FROM EXCLUDED.direction_id`,
        [JSON.stringify(written)],
      );
      await sql.query(
        `UPDATE competences_agents a SET direction_id = u.direction_id FROM competences_units u
         WHERE a.unit_id = u.id AND u.id = ANY($1::uuid[]) AND a.direction_id IS DISTINCT FROM u.direction_id`,
        [written.map((u) => u.unitId)],
      );
    }
    return async (unitIds) => new Map(unitIds.map((id) => [id, directionOf(id, units)]));
  }

  private async applyPeople(
    events: readonly Of<'directory.AgentChanged'>[],
    directionsOf: (unitIds: string[]) => Promise<Map<string, string | null>>,
    sql: ProjectionSql,
  ): Promise<void> {
    if (events.length === 0) return;
    const { rows } = await sql.query<PersonRow>(
      `SELECT id AS "agentId", first_name AS "firstName", name_in_use AS "nameInUse", post_title AS "postTitle", unit_id AS "unitId", status, ${POSITION}
       FROM competences_agents WHERE id = ANY($1::uuid[])`,
      [[...new Set(events.map((e) => e.data.agentId))]],
    );
    const people = new Map(rows.map((p) => [p.agentId, p]));
    const changed = new Set<string>();
    for (const event of events) {
      const id = event.data.agentId;
      const next = evolvePersonRow(people.get(id) ?? null, event);
      if (next && next !== people.get(id)) {
        people.set(id, next);
        changed.add(id);
      }
    }
    if (changed.size === 0) return;
    const written = [...people.values()].filter((p) => changed.has(p.agentId));
    const directions = await directionsOf([...new Set(written.map((p) => p.unitId).filter((u): u is string => u !== null))]);
    await sql.query(
      `INSERT INTO competences_agents AS a (id, first_name, name_in_use, post_title, unit_id, direction_id, status, sort_name, log_transaction, log_position)
       SELECT "agentId", "firstName", "nameInUse", "postTitle", "unitId", "directionId", status,
              regexp_replace(maillage_unaccent(lower(concat_ws(' ', "nameInUse", "firstName"))), '\\s+', ' ', 'g'),
              (position->>'transaction')::bigint, (position->>'position')::bigint
       FROM jsonb_to_recordset($1::jsonb) AS r("agentId" uuid, "firstName" text, "nameInUse" text, "postTitle" text, "unitId" uuid, "directionId" uuid,
            status text, position jsonb)
       ON CONFLICT (id) DO UPDATE SET first_name = EXCLUDED.first_name, name_in_use = EXCLUDED.name_in_use, post_title = EXCLUDED.post_title,
         unit_id = EXCLUDED.unit_id, direction_id = EXCLUDED.direction_id, status = EXCLUDED.status, sort_name = EXCLUDED.sort_name,
         log_transaction = EXCLUDED.log_transaction, log_position = EXCLUDED.log_position
       WHERE ${NEWER('a')}`,
      [JSON.stringify(written.map((p) => ({ ...p, directionId: p.unitId === null ? null : (directions.get(p.unitId) ?? null) })))],
    );
  }
}
