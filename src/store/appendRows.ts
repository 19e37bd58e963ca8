import { LIST, VARCHAR, listValue, type DuckDBAppender } from '@duckdb/node-api';
import { TABLES, type TableName } from '../contract/tables';
import type { NodeConnection } from '../db/nodeConnection';

const VARCHAR_LIST = LIST(VARCHAR);

/** Appends rows of a contract table to `into` (created with `createTableSql(table, into)`), with DuckDB's appender. */
export async function appendRows(db: NodeConnection, table: TableName, rows: readonly object[], into: string = table): Promise<void> {
  if (rows.length === 0) return;
  const appender = await db.raw.createAppender(into);
  try {
    const columns = TABLES[table].columns;
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      for (const column of columns) appendValue(appender, column.type, record[column.name]);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function appendValue(appender: DuckDBAppender, type: string, value: unknown): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (type) {
    case 'VARCHAR':
      appender.appendVarchar(value as string);
      return;
    case 'INTEGER':
      appender.appendInteger(value as number);
      return;
    case 'DOUBLE':
      appender.appendDouble(value as number);
      return;
    case 'VARCHAR[]':
      appender.appendList(listValue(value as string[]), VARCHAR_LIST);
      return;
    default:
      throw new Error(`no appender for column type ${type}`);
  }
}
