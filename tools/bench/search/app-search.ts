import { foldForSearch } from '@maillage/directory/infrastructure';
import { Pool } from 'pg';

/**
 * A bench-local copy of PostgresDirectoryReadModel.searchAgents
 * (libs/directory/infrastructure/src/lib/postgres-directory-read-model.ts),
 * text search only, run straight through pg. The bench checks that it returns
 * the same first page as the app over HTTP, so a drift in libs/ shows.
 */
export const ENTRY_COLUMNS = `
  a.id, a.first_name || ' ' || coalesce(a.usual_name, a.last_name) AS "displayName", a.first_name AS "firstName",
  a.last_name AS "lastName", a.post_title AS "postTitle", a.unit_id AS "unitId", u.name AS "unitName",
  a.direction_id AS "directionId", d.name AS "directionName", a.work_email AS "workEmail", a.work_phone AS "workPhone", a.status`;
export const ENTRY_JOINS = `LEFT JOIN directory_org_units u ON u.id = a.unit_id LEFT JOIN directory_org_units d ON d.id = a.direction_id`;

/** "gaut hél" → "gaut:* & hel:*", as the app builds it. */
export function prefixQuery(text: string): string | null {
  const words = foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

export const APP_FROM = `
      WITH q AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE to_tsquery('fr_unaccent', $1) END AS tsq, $2::text AS folded),
           matching_units AS (SELECT id FROM directory_org_units, q WHERE q.tsq IS NOT NULL AND search_vector @@ q.tsq)
      SELECT %COLUMNS% FROM directory_agents a CROSS JOIN q ${ENTRY_JOINS}
      WHERE a.status <> 'departed'
        AND ($3::uuid IS NULL OR a.direction_id = $3) AND ($4::uuid IS NULL OR a.unit_id = $4) AND ($5::text IS NULL OR a.status = $5)
        AND (q.tsq IS NULL OR a.search_vector @@ q.tsq OR q.folded <% a.search_text
             OR a.unit_id IN (SELECT id FROM matching_units) OR a.direction_id IN (SELECT id FROM matching_units))`;

export const APP_PAGE = `${APP_FROM.replace('%COLUMNS%', `${ENTRY_COLUMNS}, count(*) OVER () AS total`)}
       ORDER BY CASE WHEN q.tsq IS NULL THEN 0
                     ELSE greatest(ts_rank(a.search_vector, q.tsq), word_similarity(q.folded, a.search_text) * 0.1) END DESC,
                a.sort_name, a.id
       LIMIT $6 OFFSET $7`;

export interface SearchPage {
  readonly ids: readonly string[];
  readonly total: number;
}

export const searchParams = (text: string, pageSize = 20): unknown[] => [prefixQuery(text), foldForSearch(text), null, null, null, pageSize, 0];

/** The app's two statements: the page (carrying the total), and a count only when the page is empty. */
export async function appSearch(pool: Pool, text: string): Promise<SearchPage> {
  const params = searchParams(text);
  const { rows } = await pool.query<{ id: string; total: string }>(APP_PAGE, params);
  if (rows.length > 0) return { ids: rows.map((r) => r.id), total: Number(rows[0].total) };
  const count = await pool.query<{ n: string }>(APP_FROM.replace('%COLUMNS%', 'count(*) AS n'), params.slice(0, 5));
  return { ids: [], total: Number(count.rows[0].n) };
}
