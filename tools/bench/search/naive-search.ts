import { foldForSearch } from '@maillage/directory/infrastructure';
import { Pool } from 'pg';
import { SearchPage } from './app-search';

const WHERE = `unaccent(lower(first_name || ' ' || last_name || ' ' || post_title)) ILIKE $1`;

/** The baseline of the issue: a substring match on every row, no index can help; then its count. */
export async function naiveSearch(pool: Pool, text: string): Promise<SearchPage> {
  const pattern = `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id, first_name, last_name, post_title FROM directory_agents WHERE ${WHERE} ORDER BY sort_name LIMIT 20`,
      [pattern],
    );
    const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM directory_agents WHERE ${WHERE}`, [pattern]);
    return { ids: rows.map((r) => r.id), total: Number(count.rows[0].n) };
  } finally {
    client.release();
  }
}
