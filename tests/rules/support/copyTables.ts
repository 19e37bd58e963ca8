import { createTableSql, type Row, type TableName } from '../../../src/contract/tables';
import type { SqlConnection } from '../../../src/db/connection';
import { insertRows } from './fixtures';

/** Copies contract tables from one connection (native, which read the Parquet) into another (WASM), row by row with `?` parameters. */
export async function copyTables(from: SqlConnection, to: SqlConnection, tables: readonly TableName[]): Promise<void> {
  for (const table of tables) {
    await to.run(`DROP TABLE IF EXISTS "${table}"`);
    await to.run(createTableSql(table));
    await insertRows(to, table, await from.rows<Row<typeof table>>(`SELECT * FROM "${table}"`));
  }
}
