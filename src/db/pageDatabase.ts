import type { TableName } from '../contract/tables';
import type { CancellableConnection } from './cancellableConnection';
import { loadContractTables, type LoadProgress } from './contractLoader';
import { openBrowserDuckDB } from './duckdbBrowser';
import { lockDatabase } from './lockDatabase';
import { workerParquetSource } from './parquetWorkerClient';
import type { WasmConnection } from './wasmConnection';

export type DatabaseState =
  | { status: 'starting' }
  | { status: 'error'; message: string; file: string | null }
  /**
   * The engine is up and locked; `loaded` grows table by table while `complete` is false.
   * `conn` runs the loader's, the rules' and the views' statements; `sqlConn` the SQL view's.
   */
  | { status: 'open'; conn: WasmConnection; sqlConn: CancellableConnection; loaded: ReadonlySet<TableName>; complete: boolean };

/** A value the page's components subscribe to. */
export class Channel<T> {
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

/** The page's database as it starts and loads, and the loader's progress apart (it changes every row group). */
export const databaseState = new Channel<DatabaseState>({ status: 'starting' });
export const loadProgress = new Channel<LoadProgress | null>(null);

const mark = (name: string) => performance.mark(`evallens:${name}`);

/**
 * Starts the page's database, once, as the first thing the page does (before the
 * dashboard's code is even loaded): DuckDB-WASM boots in its worker while the Parquet
 * worker fetches and decodes the first files; the engine is locked against any outside
 * access (`lockDatabase`: the loader appends Arrow, which the lock allows, so nothing of
 * the page's user ever runs on an open database); then the contract tables load in the
 * loader's order (pre-aggregates first), each published as it arrives so views render
 * as soon as theirs are in. Parquet is fetched relative to the page (`data/parquet/`).
 * Performance marks: `evallens:engine-ready`, `evallens:table:<name>`, `evallens:data-ready`.
 */
export function startPageDatabase(): void {
  const engine = openBrowserDuckDB().then(async (opened) => {
    await lockDatabase(opened.conn);
    mark('engine-ready');
    databaseState.publish({ status: 'open', ...opened, loaded: new Set(), complete: false });
    return opened;
  });
  let loaded = new Set<TableName>();
  loadContractTables(
    engine.then((opened) => opened.conn),
    workerParquetSource(new URL('data/parquet/', document.baseURI).href),
    (p) => loadProgress.publish(p),
    (table) => {
      mark(`table:${table}`);
      loaded = new Set(loaded).add(table);
      const current = databaseState.value;
      if (current.status === 'open') databaseState.publish({ ...current, loaded });
    },
  )
    .then(() => {
      mark('data-ready');
      const current = databaseState.value;
      if (current.status === 'open') databaseState.publish({ ...current, complete: true });
    })
    .catch((e: unknown) =>
      databaseState.publish({
        status: 'error',
        message: e instanceof Error ? e.message : String(e),
        file: e && typeof e === 'object' && 'file' in e ? String(e.file) : null,
      }),
    );
}
