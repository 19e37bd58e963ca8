import type { Table } from 'apache-arrow';
import { arrowRows } from '../db/arrowValues';
import type { ArrowSqlConnection, SqlConnection } from '../db/connection';
import { rowsSql, summarySql, windowSql, type TableQuery, type TotalSpec } from './tableQuery';

export type DataRow = Record<string, unknown>;

export interface RowSummary {
  /** Rows matching the query. */
  count: number;
  /** Footer totals by column id (as SQL returned them). */
  totals: Record<string, unknown>;
}

/** Where a table's rows come from: a summary (count, totals) and windows of rows, both from SQL. */
export interface RowSource {
  summary(): Promise<RowSummary>;
  window(offset: number, limit: number): Promise<DataRow[]>;
}

/**
 * Up to this many cells (rows × columns), the whole sorted result is fetched once as
 * Arrow and windows are sliced from it (scrolling then costs no query); above it, each
 * window is its own LIMIT/OFFSET query (memory stays flat at any size). Measured in
 * DuckDB-WASM on 100,000 synthetic forms: one sorted fetch of all 26 columns ≈ 1 s, a
 * LIMIT/OFFSET window of 200 deep in the sort order 0.5–1 s each (every window re-sorts).
 */
export const WHOLE_RESULT_MAX_CELLS = 4_000_000;

const hasArrow = (conn: SqlConnection): conn is ArrowSqlConnection => typeof (conn as Partial<ArrowSqlConnection>).arrow === 'function';

/** Rows of a table query; totals as the footer spec says. Summary and whole result are fetched at most once. */
export function contractRowSource(
  conn: SqlConnection,
  query: TableQuery,
  totals: Readonly<Record<string, TotalSpec>>,
  wholeResultMaxCells = WHOLE_RESULT_MAX_CELLS,
): RowSource {
  let summary: Promise<RowSummary> | undefined;
  let whole: Promise<Table | null> | undefined;

  const getSummary = () =>
    (summary ??= (async () => {
      const { sql, params } = summarySql(query, totals);
      const [row] = await conn.rows<DataRow>(sql, params);
      const result: Record<string, unknown> = {};
      for (const column of Object.keys(totals)) result[column] = row?.[`total_${column}`] ?? null;
      return { count: Number(row?.n ?? 0), totals: result };
    })());

  const getWhole = () =>
    (whole ??= (async () => {
      if (!hasArrow(conn)) return null;
      const { count } = await getSummary();
      if (count * query.columns.length > wholeResultMaxCells) return null;
      const { sql, params } = rowsSql(query);
      return conn.arrow(sql, params);
    })());

  return {
    summary: getSummary,
    async window(offset, limit) {
      const table = await getWhole();
      if (table) return arrowRows<DataRow>(table.slice(offset, offset + limit));
      const { sql, params } = windowSql(query, offset, limit);
      return conn.rows<DataRow>(sql, params);
    },
  };
}
