import { foldForSearch } from '@maillage/directory/infrastructure';
import { Pool } from 'pg';
import { SearchPage, pageOf } from './search-page';

const WHERE = `unaccent(lower(a.first_name || ' ' || a.last_name || ' ' || a.post_title)) ILIKE $1`;

/** The baseline of the issue: a substring match on every row, no index can help; then its count. */
export async function naiveSearch(pool: Pool, text: string): Promise<SearchPage> {
  const pattern = `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const client = await pool.connect();
  try {
    const { rows } = await client.query(
      `SELECT a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.first_name AS "firstName",
              a.last_name AS "lastName", a.post_title AS "postTitle", u.name AS "unitName", d.name AS "directionName"
       FROM directory_agents a LEFT JOIN directory_org_units u ON u.id = a.unit_id LEFT JOIN directory_org_units d ON d.id = a.direction_id
       WHERE ${WHERE} ORDER BY a.sort_name LIMIT 20`,
      [pattern],
    );
    const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM directory_agents a WHERE ${WHERE}`, [pattern]);
    return pageOf(rows, Number(count.rows[0].n));
  } finally {
    client.release();
  }
}
