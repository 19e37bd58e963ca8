import { useEffect, useState } from 'react';
import type { TableName } from '../contract/tables';
import type { CancellableConnection } from '../db/cancellableConnection';
import { loadContractTables, type LoadProgress } from '../db/contractLoader';
import { openBrowserDuckDB } from '../db/duckdbBrowser';
import { lockDatabase } from '../db/lockDatabase';
import { workerParquetSource } from '../db/parquetWorkerClient';
import type { WasmConnection } from '../db/wasmConnection';

export type DatabaseState =
  | { status: 'starting' }
  | { status: 'error'; message: string; file: string | null }
  /**
   * The engine is up and locked; `loaded` grows table by table while `complete` is false.
   * `conn` runs the loader's, the rules' and the views' statements; `sqlConn` the SQL view's.
   */
  | { status: 'open'; conn: WasmConnection; sqlConn: CancellableConnection; loaded: ReadonlySet<TableName>; complete: boolean };

/** A value the page's components subscribe to (the state, and the loader's progress apart: it changes every row group). */
class Channel<T> {
  private readonly listeners = new Set<(value: T) => void>();
  constructor(public value: T) {}
  publish(value: T): void {
    this.value = value;
    for (const listener of this.listeners) listener(value);
  }
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

const state = new Channel<DatabaseState>({ status: 'starting' });
const progress = new Channel<LoadProgress | null>(null);
let started = false;

const mark = (name: string) => performance.mark(`evallens:${name}`);

/**
 * Starts DuckDB-WASM, locks it against any outside access (`lockDatabase`: the loader
 * appends Arrow, which the lock allows, so nothing of the page's user ever runs on an
 * open database) and loads the contract tables once per page, in the loader's order
 * (pre-aggregates first), publishing each table as it arrives so that views render as
 * soon as theirs are in while the rest loads in the background. Parquet is fetched
 * relative to the page (`data/parquet/`, any sub-path) and decoded in a worker.
 * Performance marks: `evallens:engine-ready`, `evallens:table:<name>`, `evallens:data-ready`.
 */
function start(): void {
  started = true;
  (async () => {
    const { conn, sqlConn } = await openBrowserDuckDB();
    await lockDatabase(conn);
    mark('engine-ready');
    let loaded = new Set<TableName>();
    state.publish({ status: 'open', conn, sqlConn, loaded, complete: false });
    await loadContractTables(
      conn,
      workerParquetSource(new URL('data/parquet/', document.baseURI).href),
      (p) => progress.publish(p),
      (table) => {
        mark(`table:${table}`);
        loaded = new Set(loaded).add(table);
        state.publish({ status: 'open', conn, sqlConn, loaded, complete: false });
      },
    );
    mark('data-ready');
    state.publish({ status: 'open', conn, sqlConn, loaded, complete: true });
  })().catch((e: unknown) =>
    state.publish({
      status: 'error',
      message: e instanceof Error ? e.message : String(e),
      file: e && typeof e === 'object' && 'file' in e ? String(e.file) : null,
    }),
  );
}

function useChannel<T>(channel: Channel<T>): T {
  const [value, setValue] = useState(channel.value);
  useEffect(() => {
    setValue(channel.value);
    return channel.subscribe(setValue);
  }, [channel]);
  return value;
}

/** The page's database as it loads (one per page: StrictMode's second effect run joins the first). */
export function useDatabase(): DatabaseState {
  useEffect(() => {
    if (!started) start();
  }, []);
  return useChannel(state);
}

/** Where loading stands (null before the first file). */
export const useLoadProgress = (): LoadProgress | null => useChannel(progress);
