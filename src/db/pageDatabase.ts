import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { filesFor, type DatasetManifest } from '../contract/manifest';
import type { TableName } from '../contract/tables';
import type { CancellableConnection } from './cancellableConnection';
import { useCompressedStore } from './compressedStore';
import { createContractTables, filesInLoadOrder, loadFiles, type LoadProgress, type TableFile } from './contractLoader';
import { openBrowserDuckDB, type BrowserDuckDB } from './duckdbBrowser';
import { SnapshotConnection, snapshotTable } from './snapshotConnection';
import { fetchManifest } from './fetchManifest';
import { lockDatabase } from './lockDatabase';
import { workerParquetSource } from './parquetWorkerClient';
import type { WasmConnection } from './wasmConnection';

/** The partitions the page's filters select: years and regions (empty: all). */
export interface PartitionFilter {
  years: readonly number[];
  regions: readonly string[];
}

export type DatabaseState =
  | { status: 'starting' }
  | { status: 'error'; message: string; file: string | null }
  /** DuckDB-WASM still boots, and the dataset's snapshot answers are in: the page's first view can show them. */
  | { status: 'preview'; viewsConn: SnapshotConnection; manifest: DatasetManifest }
  /**
   * The engine is up and locked. `loaded` holds the files loaded so far (by path);
   * `idle`: every file asked for is in; `complete`: every file of the dataset is.
   * `conn` runs the loader's and the rules' statements; `viewsConn` the views' (`conn`, or a
   * snapshot's answer before the tables are in); `sqlConn` the SQL view's; `db` opens more
   * connections (the imports' own, whose transactions the views do not see until they commit).
   */
  | {
      status: 'open';
      db: AsyncDuckDB;
      conn: WasmConnection;
      viewsConn: SnapshotConnection;
      sqlConn: CancellableConnection;
      manifest: DatasetManifest;
      loaded: ReadonlySet<string>;
      idle: boolean;
      complete: boolean;
    };

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
/** The dataset's manifest once fetched (the first screen names how many documents it loads). */
export const datasetManifest = new Channel<DatasetManifest | null>(null);
export const loadProgress = new Channel<LoadProgress | null>(null);

/** Whether `table`'s files that `filter` selects are loaded (all its files for a table that is not partitioned). */
export function tableReady(state: Extract<DatabaseState, { status: 'open' }>, table: TableName, filter: PartitionFilter): boolean {
  return filesFor(state.manifest, table, filter.years, filter.regions).every((f) => state.loaded.has(f.path));
}

const mark = (name: string) => performance.mark(`evallens:${name}`);
const base = () => new URL('data/parquet/', document.baseURI).href;

let wanted: PartitionFilter | 'all' = { years: [], regions: [] };
const asked = new Set<string>();
let queue: Promise<void> = Promise.resolve();
let engine: Promise<BrowserDuckDB> | null = null;
/** Every file asked for was in once: from then on the views' queries go to the database only. */
let live = false;
let manifest: Promise<DatasetManifest> | null = null;
let open: ReturnType<typeof workerParquetSource> | null = null;

function fail(e: unknown): void {
  databaseState.publish({
    status: 'error',
    message: e instanceof Error ? e.message : String(e),
    file: e && typeof e === 'object' && 'file' in e ? String(e.file) : null,
  });
}

/** Updates the open state with `change` (no-op before the engine is up or after an error). */
function update(change: (s: Extract<DatabaseState, { status: 'open' }>) => Partial<Extract<DatabaseState, { status: 'open' }>>): void {
  const current = databaseState.value;
  if (current.status === 'open') databaseState.publish({ ...current, ...change(current) });
}

/** Queues the files of the wanted partitions not asked for yet, in load order, behind what is loading. */
function loadWanted(): void {
  const m = manifest;
  if (!m || !engine || !open) return;
  const fileSource = open;
  const conn = engine.then((e) => e.conn);
  queue = queue.then(async () => {
    const list = filesInLoadOrder(await m, wanted === 'all' ? [] : wanted.years, wanted === 'all' ? [] : wanted.regions).filter((f) => !asked.has(f.file.path));
    if (list.length === 0) return;
    for (const f of list) asked.add(f.file.path);
    update(() => ({ idle: false }));
    await loadFiles(conn, fileSource, list, (p) => loadProgress.publish(p), (f: TableFile) => {
      mark(`file:${f.file.path}`);
      update((s) => ({ loaded: new Set(s.loaded).add(f.file.path) }));
    });
    const all = filesInLoadOrder(await m);
    live = true;
    if (performance.getEntriesByName('evallens:data-ready').length === 0) mark('data-ready');
    update((s) => ({ idle: true, complete: all.every((f) => s.loaded.has(f.file.path)) }));
  });
  queue.catch(fail);
}

/**
 * Starts the page's database, once, as the first thing the page does (before the
 * dashboard's code is even loaded): the dataset's manifest is fetched and the Parquet
 * worker fetches and decodes the first files while DuckDB-WASM boots in its worker; the
 * tables go to a compressed in-memory database (`useCompressedStore`); the engine is
 * locked against any outside access (`lockDatabase`: the loader appends Arrow, which the
 * lock allows, so nothing of the page's user ever runs on an open database); then the
 * files load in the loader's order (pre-aggregates first), each published as it arrives
 * so views render as soon as theirs are in; before that, with `withSnapshots` (a page opened
 * on its first view), the dataset's snapshot answers show that view (`SnapshotConnection`).
 * Of a partitioned dataset only the partitions
 * `filter` selects are fetched (`want` asks for more). Parquet is fetched relative to the
 * page (`data/parquet/`). Performance marks: `evallens:engine-ready`,
 * `evallens:file:<path>`, `evallens:data-ready` (the first time every file asked for is in).
 */
export function startPageDatabase(filter: PartitionFilter, withSnapshots: boolean): void {
  wanted = filter;
  const source = workerParquetSource(base());
  open = source;
  manifest = fetchManifest(base());
  manifest.then((m) => datasetManifest.publish(m), () => undefined);
  const answers = new Map<string, Table>();
  engine = openBrowserDuckDB().then(async (opened) => {
    await useCompressedStore(opened.conn, [opened.sqlConn]);
    await lockDatabase(opened.conn);
    await createContractTables(opened.conn);
    mark('engine-ready');
    databaseState.publish({ status: 'open', ...opened, viewsConn, manifest: await manifest!, loaded: new Set(), idle: false, complete: false });
    return opened;
  });
  const viewsConn = new SnapshotConnection(answers, engine.then((e) => e.conn), () => live);
  engine.catch(fail);
  manifest.catch(fail);
  if (withSnapshots) {
    manifest
      .then(async (m) => {
        for (const snapshot of m.snapshots ?? []) {
          const parquet = await source(snapshot.path);
          if (parquet) answers.set(snapshot.key, await snapshotTable(parquet));
        }
        if (answers.size > 0 && databaseState.value.status === 'starting') {
          mark('snapshots-ready');
          databaseState.publish({ status: 'preview', viewsConn, manifest: m });
        }
      })
      .catch(() => undefined); // without its snapshots the page waits for the database, as without any
  }
  loadWanted();
}

/** Asks for the partitions another filter selects (or every file), loaded after what is loading. */
export function want(filter: PartitionFilter | 'all'): void {
  const widened = filter === 'all' || (wanted !== 'all' && JSON.stringify(filter) !== JSON.stringify(wanted));
  if (!widened || wanted === 'all') return;
  wanted = filter;
  loadWanted();
}
