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
  /** Frees what the source holds in the database (called when the table moves on to another source). */
  dispose?(): Promise<void>;
}

/**
 * Up to this many cells (rows × columns: a document's or a department's forms), the whole
 * sorted result is fetched once as Arrow and windows are sliced from it (scrolling then
 * costs no query). Above it — province scale — rows come from SQL a window at a time and
 * are never all held in JS: an unsorted view reads windows straight from the table (stored
 * in contract order: a LIMIT/OFFSET scan), and a sorted view sorts once into a temporary
 * table that windows then scan. Measured in Chromium on 102,000 forms / 794,000 indicators:
 * a window in the middle of the unsorted indicators ≈ 0.13 s, while a LIMIT/OFFSET window
 * of the score-sorted indicators re-sorts every time (≈ 3.9 s each).
 */
export const WHOLE_RESULT_MAX_CELLS = 250_000;

let sortedTables = 0;

/** Every row of a table query (filtered, sorted), e.g. for an export. */
export function allRows(conn: SqlConnection, query: TableQuery): Promise<DataRow[]> {
  const { sql, params } = rowsSql(query);
  return conn.rows<DataRow>(sql, params);
}

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
  let sorted: Promise<string> | undefined;

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

  // The sorted result in a temporary table, made once (its name is a counter, never user text).
  const getSorted = () =>
    (sorted ??= (async () => {
      const name = `table_view_sorted_${++sortedTables}`;
      const { sql, params } = rowsSql(query);
      await conn.run(`CREATE OR REPLACE TEMP TABLE "${name}" AS ${sql}`, params);
      return name;
    })());

  return {
    summary: getSummary,
    async window(offset, limit) {
      const table = await getWhole();
      if (table) return arrowRows<DataRow>(table.slice(offset, offset + limit));
      if (query.sorting.length > 0 || !query.relation.storedInOrder) {
        const name = await getSorted();
        return conn.rows<DataRow>(`SELECT * FROM "${name}" LIMIT ? OFFSET ?`, [limit, offset]);
      }
      const { sql, params } = windowSql(query, offset, limit);
      return conn.rows<DataRow>(sql, params);
    },
    async dispose() {
      const made = sorted;
      sorted = undefined;
      if (made) await conn.run(`DROP TABLE IF EXISTS "${await made}"`);
    },
  };
}
