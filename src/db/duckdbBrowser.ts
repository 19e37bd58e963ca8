import { AsyncDuckDB, VoidLogger, selectBundle, type DuckDBBundles } from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { CancellableConnection, QUERY_SLICE_MS, SQL_TIME_LIMIT_MS } from './cancellableConnection';
import { WasmConnection } from './wasmConnection';

/** Both bundles ship with the app (same origin, nothing fetched from a CDN). */
const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
  eh: { mainModule: ehModule, mainWorker: ehWorker },
};

export interface BrowserDuckDB {
  db: AsyncDuckDB;
  /** The loader's, the rules' and the views' statements. */
  conn: WasmConnection;
  /** The SQL view's statements (the person's own SQL): cancellable, time-limited, and they wait while `conn` works. */
  sqlConn: CancellableConnection;
}

/**
 * Starts DuckDB-WASM in a Web Worker and opens two connections. Extension autoloading is
 * switched off first: offline, a stray extension load must fail fast instead of reaching
 * for the network (`lockDatabase` closes all outside access once the tables are loaded).
 */
export async function openBrowserDuckDB(): Promise<BrowserDuckDB> {
  const bundle = await selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB-WASM bundle without a worker');
  const worker = new Worker(new URL(bundle.mainWorker, document.baseURI));
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(new URL(bundle.mainModule, document.baseURI).href);
  await db.open({ query: { queryPollingInterval: QUERY_SLICE_MS } });
  const conn = new WasmConnection(await db.connect());
  await conn.run('SET autoload_known_extensions=false');
  await conn.run('SET autoinstall_known_extensions=false');
  const sqlConn = new CancellableConnection(await db.connect(), { timeLimitMs: SQL_TIME_LIMIT_MS, yieldTo: () => conn.idle() });
  return { db, conn, sqlConn };
}
