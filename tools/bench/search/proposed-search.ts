import { Pool } from 'pg';
import { ENTRY_COLUMNS, ENTRY_JOINS, SearchPage, appSearch, searchParams } from './app-search';

/**
 * Bench-local rewrites of the app's text search, one change at a time, to
 * show where its time goes. Text searches only: without text the app's
 * query is a plain ORDER BY sort_name (an index), which none of this touches.
 */
const TSQ = `to_tsquery('fr_unaccent', $1)`;
const FILTERS = `a.status <> 'departed'
    AND ($3::uuid IS NULL OR a.direction_id = $3) AND ($4::uuid IS NULL OR a.unit_id = $4) AND ($5::text IS NULL OR a.status = $5)`;
const UNIT_ARMS = `a.unit_id = ANY (ARRAY(SELECT id FROM directory_org_units WHERE search_vector @@ ${TSQ}))
         OR a.direction_id = ANY (ARRAY(SELECT id FROM directory_org_units WHERE search_vector @@ ${TSQ}))`;

/**
 * The match, with the query's values written where the planner sees them (the
 * app hides them behind a CROSS JOIN with a CTE, so no index can serve the
 * OR and every agent's row is tested, trigram similarity included), and the
 * unit arms as arrays the index scans can take: a BitmapOr of four index scans.
 */
const MATCH = `${FILTERS}
    AND (a.search_vector @@ ${TSQ} OR $2 <% a.search_text OR ${UNIT_ARMS})`;
/**
 * The same match with the trigram arm last: OR stops at the first true arm,
 * so agents found through their unit no longer pay a trigram similarity
 * (~20 µs a row) on the recheck.
 */
const MATCH_UNITS_FIRST = `${FILTERS}
    AND (a.search_vector @@ ${TSQ} OR ${UNIT_ARMS} OR $2 <% a.search_text)`;
/** Typo tolerance from 4 letters on: "le", "de" (stop words, no full-text lexeme) no longer similarity-scan thousands of rows. */
const MATCH_NO_SHORT_TRIGRAM = `${FILTERS}
    AND (a.search_vector @@ ${TSQ} OR ${UNIT_ARMS} OR (length($2) >= 4 AND $2 <% a.search_text))`;

const RANK_AS_SHIPPED = `greatest(ts_rank(a.search_vector, ${TSQ}), word_similarity($2, a.search_text) * 0.1)`;

const INLINE_PAGE = `
  SELECT ${ENTRY_COLUMNS}, count(*) OVER () AS total
  FROM directory_agents a ${ENTRY_JOINS}
  WHERE ${MATCH}
  ORDER BY ${RANK_AS_SHIPPED} DESC, a.sort_name, a.id
  LIMIT $6 OFFSET $7`;

/** Names and units for the rows of the page only; the total from the matches. */
const PAGE_ROWS = `
  SELECT ${ENTRY_COLUMNS}, (SELECT count(*) FROM hits) AS total
  FROM page p JOIN directory_agents a ON a.id = p.id ${ENTRY_JOINS}
  ORDER BY p.rank DESC, p.sort_name, p.id`;

/** Rank and count the matches alone, then fetch names and units for the 20 rows of the page. */
const PAGE_FIRST = `
  WITH hits AS (
    SELECT a.id, a.sort_name, ${RANK_AS_SHIPPED} AS rank FROM directory_agents a WHERE ${MATCH}
  ), page AS (
    SELECT id, rank, sort_name FROM hits ORDER BY rank DESC, sort_name, id LIMIT $6 OFFSET $7
  )${PAGE_ROWS}`;

/**
 * The shipped rank, without computing word_similarity for every match. The
 * rank is greatest(ts_rank, word_similarity × 0.1), and the second term never
 * exceeds 0.1: every match whose ts_rank is above 0.1 (a name or post word
 * matched) outranks every other, and is ranked by ts_rank alone. Only when
 * fewer of those than the page needs exist are the others ranked with
 * word_similarity (typos, unit matches, weak multi-word matches).
 */
const cheapRank = (match: string) => `
  WITH hits AS MATERIALIZED (
    SELECT a.id, a.sort_name, a.search_text, ts_rank(a.search_vector, ${TSQ}) AS tr FROM directory_agents a WHERE ${match}
  ), strong AS (
    SELECT id, sort_name, tr::float8 AS rank FROM hits WHERE tr > 0.1 ORDER BY tr DESC, sort_name, id LIMIT $6::bigint + $7::bigint
  ), weak AS (
    SELECT id, sort_name, greatest(tr, word_similarity($2, search_text) * 0.1) AS rank FROM hits
    WHERE tr <= 0.1 AND (SELECT count(*) FROM strong) < $6::bigint + $7::bigint
    ORDER BY 3 DESC, sort_name, id LIMIT $6::bigint + $7::bigint
  ), page AS (
    SELECT * FROM (SELECT * FROM strong UNION ALL SELECT * FROM weak) r ORDER BY rank DESC, sort_name, id LIMIT $6 OFFSET $7
  )${PAGE_ROWS}`;

/** The proposal: values inline, page first, cheap rank, unit arms before the trigram arm. Same answers as shipped. */
export const PROPOSED_PAGE = cheapRank(MATCH_UNITS_FIRST);
/** A page past the end has no row to carry the total, as in the app. */
export const PROPOSED_COUNT = `SELECT count(*) AS n FROM directory_agents a WHERE ${MATCH_UNITS_FIRST}`;

async function run(pool: Pool, sql: string, count: string, text: string): Promise<SearchPage> {
  const params = searchParams(text);
  const { rows } = await pool.query<{ id: string; total: string }>(sql, params);
  if (rows.length > 0) return { ids: rows.map((r) => r.id), total: Number(rows[0].total) };
  const counted = await pool.query<{ n: string }>(count, params.slice(0, 5));
  return { ids: [], total: Number(counted.rows[0].n) };
}

export interface SearchVariant {
  readonly key: 'S0' | 'S1' | 'S2' | 'S3' | 'S4';
  readonly name: string;
  readonly change: string;
  search(pool: Pool, text: string): Promise<SearchPage>;
}

const variant = (key: SearchVariant['key'], name: string, change: string, page: string, match: string): SearchVariant => ({
  key,
  name,
  change,
  search: (pool, text) => run(pool, page, `SELECT count(*) AS n FROM directory_agents a WHERE ${match}`, text),
});

/** From the shipped query to the proposal (S3), one change at a time; S4 goes further and changes some answers. */
export const SEARCH_VARIANTS: readonly SearchVariant[] = [
  { key: 'S0', name: 'S0 app as shipped', change: 'bench-local copy of searchAgents', search: appSearch },
  variant('S1', 'S1 values inline', 'tsquery and folded text as parameters, unit arms as = ANY(ARRAY(...)): a BitmapOr of 4 index scans', INLINE_PAGE, MATCH),
  variant('S2', 'S2 + page first', 'rank and count the matches in a CTE, names and units for the 20 rows only (no count(*) OVER ())', PAGE_FIRST, MATCH),
  variant(
    'S3',
    'S3 + cheap rank (proposed)',
    'word_similarity only when fewer than a page rank above 0.1 by ts_rank; unit arms before the trigram arm (same answers)',
    PROPOSED_PAGE,
    MATCH_UNITS_FIRST,
  ),
  variant('S4', 'S4 + typos from 4 letters', 'no trigram arm under 4 letters: stop words alone ("le ") then find nothing (answers change)', cheapRank(MATCH_NO_SHORT_TRIGRAM), MATCH_NO_SHORT_TRIGRAM),
];
