import { useEffect, useState } from 'react';
import { loadContractTables, type LoadProgress } from '../db/contractLoader';
import { openBrowserDuckDB } from '../db/duckdbBrowser';
import { initParquetBrowser } from '../db/parquetBrowser';
import type { WasmConnection } from '../db/wasmConnection';

export type DatabaseState =
  | { status: 'starting' }
  | { status: 'loading'; progress: LoadProgress }
  | { status: 'error'; message: string; file: string | null }
  | { status: 'ready'; conn: WasmConnection; counts: Record<string, number> };

/** Parquet files are served beside the page (relative URL: works under any sub-path). */
async function fetchParquet(fileName: string): Promise<Blob | null> {
  const response = await fetch(new URL(`data/parquet/${fileName}`, document.baseURI));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  return response.blob();
}

let started: Promise<{ conn: WasmConnection; counts: Record<string, number> }> | null = null;

/**
 * Starts DuckDB-WASM and loads the contract tables once per page (StrictMode
 * runs effects twice in development: the second run joins the first).
 */
export function useDatabase(): DatabaseState {
  const [state, setState] = useState<DatabaseState>({ status: 'starting' });
  useEffect(() => {
    let current = true;
    const report = (s: DatabaseState) => current && setState(s);
    started ??= (async () => {
      const [{ conn }] = await Promise.all([openBrowserDuckDB(), initParquetBrowser()]);
      const counts = await loadContractTables(conn, fetchParquet, (progress) => report({ status: 'loading', progress }));
      return { conn, counts };
    })();
    started.then(
      ({ conn, counts }) => report({ status: 'ready', conn, counts }),
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
