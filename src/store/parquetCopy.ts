import { TABLES, type TableName } from '../contract/tables';
import type { SqlConnection } from '../db/connection';

/** Rows per Parquet row group: the browser decodes one row group at a time, and filters skip whole groups. */
export const ROW_GROUP_SIZE = 122_880;

/** A contract table's rows in its contract sort order (a SELECT over `from`, default the table of that name). */
export function sortedSql(table: TableName, from = `"${table}"`): string {
  return `SELECT * FROM ${from} ORDER BY ${TABLES[table].sortBy.map((c) => `"${c}"`).join(', ')}`;
}

/** Native DuckDB writes the rows of `select` to the Parquet file `file` (ZSTD, row groups ≤ ROW_GROUP_SIZE). */
export async function copyToParquet(db: SqlConnection, select: string, file: string): Promise<void> {
  await db.run(`COPY (${select}) TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
}
