import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createTableSql, type Row, type TableName } from '../../../src/contract/tables';
import type { SqlConnection, SqlParam } from '../../../src/db/connection';
import { insertRows } from './fixtures';

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

/** Arrow values as plain JS: BIGINT → number, lists → arrays (recursively). */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as ArrayLike<unknown>, plain);
  }
  return value;
}

/**
 * Test helper: a SqlConnection over DuckDB-WASM's blocking Node bundle (DuckDB 1.4.3,
 * the engine the dashboard runs), extension autoloading off. `?` parameters go through
 * prepared statements, as in the browser.
 */
export async function openWasmDuckDb(): Promise<SqlConnection & { version(): Promise<string> }> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  const conn = db.connect();
  const query = (sql: string, params: readonly SqlParam[]) => {
    if (params.length === 0) return conn.query(sql);
    const statement = conn.prepare(sql);
    try {
      return statement.query(...params);
    } finally {
      statement.close();
    }
  };
  const rows = async <T,>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> =>
    query(sql, params).toArray().map((row) => Object.fromEntries(Object.entries(row.toJSON()).map(([k, v]) => [k, plain(v)])) as T);
  query('SET autoload_known_extensions=false', []);
  query('SET autoinstall_known_extensions=false', []);
  return {
    run: async (sql, params = []) => void query(sql, params),
    rows,
    version: async () => (await rows<{ v: string }>('SELECT version() AS v'))[0]?.v ?? '',
  };
}

/** Copies contract tables from one connection (native, which read the Parquet) into another (WASM), row by row with `?` parameters. */
export async function copyTables(from: SqlConnection, to: SqlConnection, tables: readonly TableName[]): Promise<void> {
  for (const table of tables) {
    await to.run(`DROP TABLE IF EXISTS "${table}"`);
    await to.run(createTableSql(table));
    await insertRows(to, table, await from.rows<Row<typeof table>>(`SELECT * FROM "${table}"`));
  }
}
