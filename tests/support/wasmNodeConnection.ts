import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';
import { initSync } from 'parquet-wasm/esm';
import { arrowRows } from '../../src/db/arrowValues';
import type { ArrowSqlConnection, SqlParam } from '../../src/db/connection';
import type { ArrowIngestConnection } from '../../src/db/contractLoader';

const require = createRequire(import.meta.url);
const dist = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);

/**
 * Test helper: DuckDB-WASM's blocking bundle in Node, behind the same
 * interfaces the browser uses, so the loader and the queries run the WASM engine.
 */
export async function openWasmNode(): Promise<ArrowSqlConnection & ArrowIngestConnection> {
  initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
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
  const arrow = async (sql: string, params: readonly SqlParam[] = []): Promise<Table> => {
    if (params.length === 0) return conn.query(sql);
    const statement = conn.prepare(sql);
    try {
      return statement.query(...params);
    } finally {
      statement.close();
    }
  };
  await arrow('SET autoload_known_extensions=false');
  await arrow('SET autoinstall_known_extensions=false');
  return {
    arrow,
    run: async (sql, params) => void (await arrow(sql, params)),
    rows: async <T,>(sql: string, params?: readonly SqlParam[]) => arrowRows<T>(await arrow(sql, params)),
    insertIpc: async (name, ipc, create) => conn.insertArrowFromIPCStream(ipc, { name, create }),
  };
}
