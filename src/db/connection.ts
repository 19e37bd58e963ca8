import type { Table } from 'apache-arrow';

/** A value bound to a `?` placeholder. User input reaches SQL only this way. */
export type SqlParam = string | number | boolean | null;

/**
 * What SQL-running code needs from DuckDB, whichever DuckDB it is: native
 * (@duckdb/node-api, in the CLI and tests) or DuckDB-WASM (in the browser).
 * The rules engine and the query layer are written against this only.
 */
export interface SqlConnection {
  /** Runs one statement with positional `?` parameters; returns nothing. */
  run(sql: string, params?: readonly SqlParam[]): Promise<void>;
  /** Runs one query with positional `?` parameters; rows as plain objects (BIGINT as number, lists as arrays). */
  rows<T = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

/**
 * Runs SQL text without `?` parameters: what the SQL view's cancellable connection offers
 * (DuckDB-WASM can interrupt only a statement sent as text); every SqlConnection is one too.
 */
export interface TextSqlConnection {
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/** The browser's connection also hands results back as Arrow, for charts and tables without row-by-row reshaping. */
export interface ArrowSqlConnection extends SqlConnection {
  arrow(sql: string, params?: readonly SqlParam[]): Promise<Table>;
}
