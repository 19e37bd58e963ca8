import type { SqlConnection } from '../db/connection';
import { summarySql, windowSql, type TableQuery, type TotalSpec } from './tableQuery';

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

/** Rows of a contract table query; totals as the footer spec says. */
export function contractRowSource(conn: SqlConnection, query: TableQuery, totals: Readonly<Record<string, TotalSpec>>): RowSource {
  return {
    async summary() {
      const { sql, params } = summarySql(query, totals);
      const [row] = await conn.rows<DataRow>(sql, params);
      const result: Record<string, unknown> = {};
      for (const column of Object.keys(totals)) result[column] = row?.[`total_${column}`] ?? null;
      return { count: Number(row?.n ?? 0), totals: result };
    },
    window(offset, limit) {
      const { sql, params } = windowSql(query, offset, limit);
      return conn.rows<DataRow>(sql, params);
    },
  };
}
