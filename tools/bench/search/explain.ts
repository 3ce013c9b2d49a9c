import { Pool } from 'pg';
import { Statement } from './shipped-search';

export interface PlanSummary {
  readonly executionMs: number;
  readonly planningMs: number;
  /** The plan lines that say where the rows come from and how many are thrown away. */
  readonly keyLines: readonly string[];
  readonly plan: string;
}

const KEY = /Seq Scan|Bitmap Heap Scan|Bitmap Index Scan|Index Scan using directory_search_words|Rows Removed by (Join )?Filter|Sort Method/;

/** EXPLAIN (ANALYZE, BUFFERS) of one statement with its parameters. */
export async function explainAnalyze(pool: Pool, { sql, params }: Statement): Promise<PlanSummary> {
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
