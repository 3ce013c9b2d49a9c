import { Pool } from 'pg';

export interface PlanSummary {
  readonly executionMs: number;
  readonly planningMs: number;
  /** The plan lines that say where the rows come from and how many are thrown away. */
  readonly keyLines: readonly string[];
  readonly plan: string;
}

const KEY = /Seq Scan on directory_agents|Bitmap Heap Scan on directory_agents|Bitmap Index Scan|WindowAgg|Rows Removed by (Join )?Filter|Sort Method/;

/** EXPLAIN (ANALYZE, BUFFERS) of one statement with its parameters. */
export async function explainAnalyze(pool: Pool, sql: string, params: readonly unknown[]): Promise<PlanSummary> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [...params]);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const time = (label: string) => Number(lines.find((l) => l.startsWith(label))?.replace(/[^0-9.]/g, '') ?? Number.NaN);
  return {
    executionMs: time('Execution Time'),
    planningMs: time('Planning Time'),
    keyLines: lines
      .filter((l) => KEY.test(l))
      .map((l) => l.trim().replace(/\(cost=[^)]*\) /, '').replace(/->\s+/, ''))
      .slice(0, 8),
    plan: lines.join('\n'),
  };
}

export interface RowCosts {
  /** Microseconds per row of directory_agents, evaluated on every row (no index), best of 3 passes. */
  readonly wordSimilarityUs: number;
  readonly tsRankUs: number;
  readonly trigramMatchUs: number;
  readonly fullTextMatchUs: number;
  readonly rows: number;
}

/** What each piece of the app's match and rank costs per row when the planner cannot use an index for it. */
export async function rowCosts(pool: Pool, folded: string, tsquery: string): Promise<RowCosts> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off');
    const best = async (where: string) => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = process.hrtime.bigint();
        await client.query(`SELECT count(*) FROM directory_agents a WHERE ${where} AND $1::text IS NOT NULL AND $2::text IS NOT NULL`, [folded, tsquery]);
        min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e3);
      }
      return min;
    };
    const n = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM directory_agents')).rows[0].n);
    const base = await best('a.search_text IS NOT NULL');
    const per = async (where: string) => Math.max(0, (await best(where)) - base) / n;
    const costs = {
      wordSimilarityUs: await per('word_similarity($1, a.search_text) >= 0'),
      tsRankUs: await per(`ts_rank(a.search_vector, to_tsquery('fr_unaccent', $2)) >= 0`),
      trigramMatchUs: await per('($1 <% a.search_text) IS NOT NULL'),
      fullTextMatchUs: await per(`(a.search_vector @@ to_tsquery('fr_unaccent', $2)) IS NOT NULL`),
      rows: n,
    };
    await client.query('COMMIT');
    return costs;
  } finally {
    client.release();
  }
}
