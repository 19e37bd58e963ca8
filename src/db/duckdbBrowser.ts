import { AsyncDuckDB, VoidLogger, selectBundle, type DuckDBBundles } from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { WasmConnection } from './wasmConnection';

/** Both bundles ship with the app (same origin, nothing fetched from a CDN). */
const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
  eh: { mainModule: ehModule, mainWorker: ehWorker },
};

/**
 * Starts DuckDB-WASM in a Web Worker and opens one connection. Extension
 * autoloading is switched off first: offline, a stray extension load must fail
 * fast instead of reaching for the network.
 */
export async function openBrowserDuckDB(): Promise<{ db: AsyncDuckDB; conn: WasmConnection }> {
  const bundle = await selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB-WASM bundle without a worker');
  const worker = new Worker(new URL(bundle.mainWorker, document.baseURI));
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(new URL(bundle.mainModule, document.baseURI).href);
  const conn = new WasmConnection(await db.connect());
  await conn.run('SET autoload_known_extensions=false');
  await conn.run('SET autoinstall_known_extensions=false');
  return { db, conn };
}
