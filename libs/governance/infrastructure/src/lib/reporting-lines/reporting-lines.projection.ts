import type { DirectoryIntegrationEvent } from '@maillage/directory/contracts';
import { ReportingLineRow, UnitPlaceRow, evolveReportingLine, evolveUnitPlace } from '@maillage/governance/application';
import { Consumer, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';

type Published = DirectoryIntegrationEvent;
type Of<T extends Published['type']> = RecordedEvent<Extract<Published, { type: T }>>;
const isAgent = (e: RecordedEvent<Published>): e is Of<'directory.AgentChanged'> => e.type === 'directory.AgentChanged';
const isUnit = (e: RecordedEvent<Published>): e is Of<'directory.OrgUnitChanged'> => e.type === 'directory.OrgUnitChanged';

// Positions come back as numbers: a log stays far below 2^53 transactions and events.
const POSITION = `json_build_object('transaction', log_transaction::float8, 'position', log_position::float8) AS position`;

/** Folds a batch into rows, in memory, from the stored ones: only rows that changed are returned. */
function fold<Row, E extends RecordedEvent<Published>>(events: readonly E[], key: (e: E) => string, stored: Map<string, Row>, evolve: (row: Row | null, e: E) => Row | null): Row[] {
  const changed = new Map<string, Row>();
  for (const event of events) {
    const id = key(event);
    const next = evolve(stored.get(id) ?? null, event);
    if (next && next !== stored.get(id)) {
      stored.set(id, next);
      changed.set(id, next);
    }
  }
  return [...changed.values()];
}

/**
 * Governance's own reporting lines and unit tree, from the directory's published events: what the
 * redactor (is the viewer above this agent, in their unit, which direction) and the published skill
 * visibility function read. Set-based per batch; replays are no-ops (log position guard).
 */
export class GovernanceOrganisationProjection implements Consumer<Published> {
  readonly name = 'governance-organisation';
  readonly eventTypes: readonly Published['type'][] = ['directory.AgentChanged', 'directory.OrgUnitChanged'];
  readonly readModelTables = ['governance_reporting_lines', 'governance_units'];

  async apply(events: readonly RecordedEvent<Published>[], sql: ProjectionSql): Promise<void> {
    const agents = events.filter(isAgent);
    const units = events.filter(isUnit);
    if (units.length > 0) {
      const { rows } = await sql.query<UnitPlaceRow>(`SELECT id AS "unitId", parent_id AS "parentId", kind, ${POSITION} FROM governance_units WHERE id = ANY($1::uuid[])`, [
        [...new Set(units.map((e) => e.data.unitId))],
      ]);
      const changed = fold(units, (e) => e.data.unitId, new Map(rows.map((r) => [r.unitId, r])), evolveUnitPlace);
      if (changed.length > 0) {
        await sql.query(
          `INSERT INTO governance_units AS u (id, parent_id, kind, log_transaction, log_position)
           SELECT "unitId", "parentId", kind, (position->>'transaction')::bigint, (position->>'position')::bigint
           FROM jsonb_to_recordset($1::jsonb) AS r("unitId" uuid, "parentId" uuid, kind text, position jsonb)
           ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, kind = EXCLUDED.kind,
             log_transaction = EXCLUDED.log_transaction, log_position = EXCLUDED.log_position
           WHERE (u.log_transaction, u.log_position) < (EXCLUDED.log_transaction, EXCLUDED.log_position)`,
          [JSON.stringify(changed)],
        );
      }
    }
    if (agents.length > 0) {
      const { rows } = await sql.query<ReportingLineRow>(
        `SELECT agent_id AS "agentId", manager_id AS "managerId", unit_id AS "unitId", departed, ${POSITION} FROM governance_reporting_lines WHERE agent_id = ANY($1::uuid[])`,
        [[...new Set(agents.map((e) => e.data.agentId))]],
      );
      const changed = fold(agents, (e) => e.data.agentId, new Map(rows.map((r) => [r.agentId, r])), evolveReportingLine);
      if (changed.length > 0) {
        await sql.query(
          `INSERT INTO governance_reporting_lines AS l (agent_id, manager_id, unit_id, departed, log_transaction, log_position)
           SELECT "agentId", "managerId", "unitId", departed, (position->>'transaction')::bigint, (position->>'position')::bigint
           FROM jsonb_to_recordset($1::jsonb) AS r("agentId" uuid, "managerId" uuid, "unitId" uuid, departed boolean, position jsonb)
           ON CONFLICT (agent_id) DO UPDATE SET manager_id = EXCLUDED.manager_id, unit_id = EXCLUDED.unit_id, departed = EXCLUDED.departed,
             log_transaction = EXCLUDED.log_transaction, log_position = EXCLUDED.log_position
           WHERE (l.log_transaction, l.log_position) < (EXCLUDED.log_transaction, EXCLUDED.log_position)`,
          [JSON.stringify(changed)],
        );
      }
    }
  }
}
