import { useEffect, useState } from 'react';
import type { CancellableConnection } from '../db/cancellableConnection';
import { loadContractTables, type LoadProgress } from '../db/contractLoader';
import { openBrowserDuckDB } from '../db/duckdbBrowser';
import { lockDatabase } from '../db/lockDatabase';
import { initParquetBrowser } from '../db/parquetBrowser';
import type { WasmConnection } from '../db/wasmConnection';

interface ReadyDatabase {
  conn: WasmConnection;
  sqlConn: CancellableConnection;
  counts: Record<string, number>;
}

export type DatabaseState =
  | { status: 'starting' }
  | { status: 'loading'; progress: LoadProgress }
  | { status: 'error'; message: string; file: string | null }
  | ({ status: 'ready' } & ReadyDatabase);

/** Parquet files are served beside the page (relative URL: works under any sub-path). */
async function fetchParquet(fileName: string): Promise<Blob | null> {
  const response = await fetch(new URL(`data/parquet/${fileName}`, document.baseURI));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  return response.blob();
}

let started: Promise<ReadyDatabase> | null = null;

/**
 * Starts DuckDB-WASM, loads the contract tables and then locks the database against any
 * outside access (`lockDatabase`), once per page (StrictMode runs effects twice in
 * development: the second run joins the first). Nothing else runs SQL before it is ready.
 */
export function useDatabase(): DatabaseState {
  const [state, setState] = useState<DatabaseState>({ status: 'starting' });
  useEffect(() => {
    let current = true;
    const report = (s: DatabaseState) => current && setState(s);
    started ??= (async () => {
      const [{ conn, sqlConn }] = await Promise.all([openBrowserDuckDB(), initParquetBrowser()]);
      const counts = await loadContractTables(conn, fetchParquet, (progress) => report({ status: 'loading', progress }));
      await lockDatabase(conn);
      return { conn, sqlConn, counts };
    })();
    started.then(
      (ready) => report({ status: 'ready', ...ready }),
      (e: unknown) =>
        report({
          status: 'error',
          message: e instanceof Error ? e.message : String(e),
          file: e && typeof e === 'object' && 'file' in e ? String(e.file) : null,
        }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
