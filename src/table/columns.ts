import { TABLES, type ColumnType, type TableName } from '../contract/tables';

/**
 * The whitelist of column identifiers that may appear in generated SQL.
 * Derived from the contract: a name that is not a column of its table never
 * reaches a query string (user choices are looked up here, never spliced in).
 */
export function columnType(table: TableName, name: string): ColumnType {
  const spec = TABLES[table].columns.find((c) => c.name === name);
  if (!spec) throw new Error(`Unknown column ${table}.${name}`);
  return spec.type;
}

/** The column name as a quoted SQL identifier, after checking it against the contract. */
export function columnIdent(table: TableName, name: string): string {
  columnType(table, name);
  return `"${name}"`;
}

export function isNumericType(type: ColumnType): boolean {
  return type === 'INTEGER' || type === 'DOUBLE';
}

/** The table name as a quoted SQL identifier (only contract table names exist). */
export function tableIdent(table: TableName): string {
  if (!(table in TABLES)) throw new Error(`Unknown table ${table}`);
  return `"${table}"`;
}
