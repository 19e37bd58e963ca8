import type { SqlConnection } from '../../db/connection';
import { TABLES, TABLE_NAMES } from '../../contract/tables';

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  /** True for the tables of the data contract (documented in data/README.md). */
  contract: boolean;
  columns: { name: string; type: string }[];
}

/** The contract's table names as an SQL list literal (code constants, never user input). */
const CONTRACT_TABLES_SQL = `[${TABLE_NAMES.map((t) => `'${t}'`).join(', ')}]`;

/**
 * What the SQL editor can query: every table and view in the database (the contract tables and
 * the rules' views), with columns; the contract tables first, then by name (ordered in SQL).
 */
export async function loadSchema(conn: SqlConnection): Promise<SchemaTable[]> {
  const rows = await conn.rows<{ table_name: string; table_type: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, t.table_type, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
      WHERE c.table_schema NOT IN ('information_schema', 'pg_catalog')
      ORDER BY list_contains(${CONTRACT_TABLES_SQL}, c.table_name) DESC, c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, SchemaTable>();
  for (const r of rows) {
    let table = tables.get(r.table_name);
    if (!table) {
      table = { name: r.table_name, kind: r.table_type === 'VIEW' ? 'view' : 'table', contract: r.table_name in TABLES, columns: [] };
      tables.set(r.table_name, table);
    }
    table.columns.push({ name: r.column_name, type: r.data_type });
  }
  return [...tables.values()];
}
