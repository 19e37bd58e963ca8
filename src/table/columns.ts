import { TABLES, type ColumnSpec, type ColumnType, type TableName } from '../contract/tables';

/**
 * What a table view reads from: a fixed SQL relation written in code (a contract
 * table, or a query over contract tables) and its columns. The columns are the
 * whitelist of identifiers that may appear in generated SQL: a user's choice of
 * column is looked up here, never spliced in.
 */
export interface Relation {
  /** SQL of the relation (a quoted table name or a parenthesized query), never user text. */
  from: string;
  columns: readonly ColumnSpec[];
  /** Order that breaks ties, so windows fetched one by one line up. */
  sortBy: readonly string[];
  /**
   * True when the rows are stored in `sortBy` order (a contract table: written sorted,
   * loaded in file order). DuckDB keeps insertion order in scans, so an unsorted view
   * needs no ORDER BY: a window deep in a large table is then a cheap scan, not a sort.
   */
  storedInOrder: boolean;
}

/** A contract table as a relation: its columns and sort order from the contract. */
export function contractRelation(table: TableName): Relation {
  if (!(table in TABLES)) throw new Error(`Unknown table ${table}`);
  return { from: `"${table}"`, columns: TABLES[table].columns, sortBy: TABLES[table].sortBy, storedInOrder: true };
}

export function columnType(relation: Relation, name: string): ColumnType {
  const spec = relation.columns.find((c) => c.name === name);
  if (!spec) throw new Error(`Unknown column ${name}`);
  return spec.type;
}

/** The column name as a quoted SQL identifier, after checking it against the relation's columns. */
export function columnIdent(relation: Relation, name: string): string {
  columnType(relation, name);
  return `"${name}"`;
}

export function isNumericType(type: ColumnType): boolean {
  return type === 'INTEGER' || type === 'DOUBLE';
}
