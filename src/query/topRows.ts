import type { SqlParam } from '../db/connection';
import type { Clause } from './filterClause';

/** A piece of SQL and the `?` parameters in it, in order. */
export interface SqlPart {
  sql: string;
  params?: readonly SqlParam[];
}

export interface TopRows {
  /** The table the rows come from, read as alias `e`. */
  table: string;
  /** The columns that name one of its rows (`eval_id`; `eval_id`, `indicator_index`). */
  key: readonly string[];
  /** Which rows count: the filters and the list's own condition, over `e`. */
  where: Clause;
  /** What the rows are ranked by, from their numbers alone (`<expr> AS rank_rate`, over `e`): not in the answer unless `shown` takes it (`picked.rank_rate`). */
  rank: SqlPart;
  /** The ranking, over the key and the rank's names only (`rate, eval_id`): it orders the picked rows too. */
  order: string;
  /** How many rows are picked. */
  limit: number;
  /** What a picked row shows, over `e` and `picked.<rank name>` (names cleaned for display, labels). */
  shown: SqlPart;
  /** Counts over every row that counts, beside `total` (`count(*) FILTER (WHERE …) AS quadrant_count`), over `e`. */
  counts?: SqlPart;
}

/**
 * A ranked list, as its SQL: the first `limit` rows are picked on their numbers alone (a top-N,
 * not a sort of every row), counted in a second pass over the same rows (`total`), and only the
 * picked rows are joined back for what they show, numbered from 0 (`pos`). What a row shows can
 * cost (a name cleaned by regular expressions for display): computed for `limit` rows, never for
 * every filtered one, and nothing of the size of the filtered rows is held in between (a CTE
 * read twice would be materialized whole).
 */
export function topRowsSql(q: TopRows): { sql: string; params: SqlParam[] } {
  const keys = q.key.join(', ');
  const join = q.key.map((k) => `e.${k} = picked.${k}`).join(' AND ');
  const from = `FROM ${q.table} e WHERE ${q.where.where}`;
  const counts = q.counts ? `, ${q.counts.sql}` : '';
  return {
    sql: `WITH picked AS (
        SELECT ${keys}, ${q.rank.sql} ${from}
        ORDER BY ${q.order}
        LIMIT ?
      ),
      ranked AS (SELECT *, (row_number() OVER (ORDER BY ${q.order}) - 1)::INTEGER AS pos FROM picked),
      n AS (SELECT count(*)::INTEGER AS total${counts} ${from})
      SELECT picked.pos, n.*, ${q.shown.sql}
      FROM ranked picked JOIN ${q.table} e ON ${join}, n
      ORDER BY picked.pos`,
    params: [...(q.rank.params ?? []), ...q.where.params, q.limit, ...(q.counts?.params ?? []), ...q.where.params, ...(q.shown.params ?? [])],
  };
}
