import { DirectorySnapshot, SnapshotAgent, SnapshotUnit } from '@maillage/directory/application';
import { Sql } from '@maillage/shared/kernel';

/**
 * The whole directory as the import planner needs it: every agent with their
 * HR fields (departed ones too, so they are recognised), and every unit.
 * A few thousand rows: read at once, in one snapshot-consistent transaction.
 */
export async function loadDirectorySnapshot(sql: Pick<Sql, 'query'>): Promise<DirectorySnapshot> {
  const agents = await sql.query<SnapshotAgent>(
    `SELECT a.id AS "agentId", a.version::int AS version, a.first_name AS "firstName", a.last_name AS "lastName",
            a.work_email AS "workEmail", to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", a.status,
            a.unit_id AS "unitId", a.manager_id AS "managerId",
            json_build_object('usualName', a.usual_name, 'postTitle', a.post_title, 'workPhone', a.work_phone, 'office', a.office,
              'employment', h.employment, 'category', h.category, 'filiere', h.filiere, 'cadreEmplois', h.cadre_emplois,
              'grade', h.grade, 'matricule', h.matricule, 'hrCode', h.hr_code, 'dgaCode', h.dga_code,
              'diplomas', h.diplomas, 'experience', h.experience) AS fields
     FROM directory_agents a LEFT JOIN directory_agent_hr h ON h.agent_id = a.id`,
  );
  const units = await sql.query<SnapshotUnit>(`SELECT id AS "unitId", name, closed FROM directory_org_units`);
  return { agents, units };
}
