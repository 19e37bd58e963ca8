import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { TABLE_NAMES, type TableName } from '../contract/tables';
import { Channel, type DatabaseState } from '../db/pageDatabase';
import { WasmConnection } from '../db/wasmConnection';
import { STORE } from '../db/compressedStore';
import { betweenRuleRuns } from '../rules/ruleRunQueue';
import { rulesAffected, runRules } from '../rules/runRules';
import { defaultSettings } from '../rules/settings';
import { sortedSql } from '../store/parquetCopy';
import type { CombinedRows, StagedSource } from './importProtocol';
import { ImportWorkers, parserCount, type Final } from './importWorkers';
import { applySourceChange } from './mergeSources';
import type { SourceMeta } from './sourceBundle';
import type { SourceContext } from './sourceStore';

type OpenDatabase = Extract<DatabaseState, { status: 'open' }>;

export type ItemPhase = 'queued' | 'reading' | 'parsing' | 'packing' | 'ready' | 'failed' | 'duplicate' | 'unpacked' | 'accepting' | 'accepted' | 'discarded';

/** One file dropped (or picked), or one source out of a dropped dataset, as the import panel lists it. */
export interface ImportItem {
  key: number;
  /** The file name its records are keyed by (`source_file`); a dataset's zip or folder name. */
  name: string;
  /** Where it was dropped from (its folder path), for display. */
  path: string;
  size: number;
  kind: 'document' | 'dataset' | 'source';
  /** The dataset a source came in. */
  origin: string | null;
  phase: ItemPhase;
  fraction: number;
  /** Why it failed, or what it duplicates; a dataset's notes (Chinese / English). */
  message: string | null;
  staged: StagedSource | null;
  /** The stored source of the same name (another hash) this would replace once confirmed. */
  replaces: SourceMeta | null;
  /** Kept to read a document again with a year/region given (a reference to the file, not its bytes). */
  file: File | null;
  sidecarJson: string | null;
}

/** A source of the built-in dataset (from its ingest_report). */
export interface BuiltinSource {
  name: string;
  sha256: string | null;
  forms: number;
  targetTables: number;
}

export interface ImportsState {
  items: ImportItem[];
  /** The sources accepted into this browser's store (meta with importedAt), in name order. */
  stored: SourceMeta[];
  builtin: BuiltinSource[] | null;
  /** Bumped each time the database's documents change (an accept or a removal committed, the stored imports merged after a load). */
  revision: number;
  /** What runs now on the database. */
  busy: 'restoring' | 'merging' | 'removing' | 'exporting' | null;
  /** The stored imports are merged (or there are none): the views show every document. */
  ready: boolean;
  error: string | null;
  /** The store's fingerprint (SHA-256 over what is stored), refreshed after every change. */
  fingerprint: { sources: number; sha256: string } | null;
}

export const importsState = new Channel<ImportsState>({ items: [], stored: [], builtin: null, revision: 0, busy: null, ready: false, error: null, fingerprint: null });

/** Whether this browser holds imported documents (kept beside the store, readable at once when the page starts). */
export const IMPORTS_MARKER = 'evallens-imports';
export const hasStoredImports = (): boolean => {
  try {
    return Number(localStorage.getItem(IMPORTS_MARKER) ?? '0') > 0;
  } catch {
    return false;
  }
};

/** A file as dropped: the File and its path (with folders, for a folder drop or pick). */
export interface DroppedFile {
  file: File;
  path: string;
}

let state = importsState.value;
let publishTimer: ReturnType<typeof setTimeout> | null = null;
let nextKey = 0;
let workers: ImportWorkers | null = null;
let database: OpenDatabase | null = null;
let importConn: Promise<WasmConnection> | null = null;
let started = false;
let readyWaiters: (() => void)[] = [];

const pool = () => (workers ??= new ImportWorkers(parserCount()));
const base = () => document.baseURI;
const wasmUrl = () => new URL(parquetWasmUrl, document.baseURI).href;

/** Changes the state; listeners hear of it at most every 100 ms (a thousand files' progress is one render a tick, not one per message). */
function set(change: Partial<ImportsState> | ((s: ImportsState) => Partial<ImportsState>), now = false): void {
  state = { ...state, ...(typeof change === 'function' ? change(state) : change) };
  if (now) return flush();
  publishTimer ??= setTimeout(flush, 100);
}

function flush(): void {
  if (publishTimer) clearTimeout(publishTimer);
  publishTimer = null;
  importsState.publish(state);
  document.documentElement.dataset.imports = state.busy || !state.ready ? 'busy' : 'current';
}

function updateItem(key: number, change: Partial<ImportItem>, now = false): void {
  set((s) => ({ items: s.items.map((i) => (i.key === key ? { ...i, ...change } : i)) }), now);
}

const item = (key: number) => state.items.find((i) => i.key === key);

/**
 * Connects the imports to the page's database once it is open: the imports' own connection
 * (its transactions invisible to the views until they commit), the store's list; once every
 * built-in file is loaded, the built-in sources are noted and the stored imports merged.
 */
export function connectImports(db: DatabaseState): void {
  if (db.status !== 'open') return;
  database = db;
  if (!started) {
    started = true;
    importConn = db.db.connect().then(async (raw) => {
      const conn = new WasmConnection(raw);
      await conn.run(`USE ${STORE}`);
      return conn;
    });
    void refreshStored();
  }
  if (db.complete && state.builtin === null && state.busy === null) void restore(db);
}

async function refreshStored(): Promise<void> {
  const [list, fingerprint] = await Promise.all([pool().store({ type: 'list' }), pool().store({ type: 'fingerprint' })]);
  if (list.type === 'result' && fingerprint.type === 'result') {
    const stored = list.value as SourceMeta[];
    try {
      localStorage.setItem(IMPORTS_MARKER, String(stored.length));
    } catch {
      // private mode: the marker only saves the first view's snapshot pass
    }
    set({ stored, fingerprint: fingerprint.value as ImportsState['fingerprint'] }, true);
  } else {
    set({ error: errorOf(list.type === 'result' ? fingerprint : list) }, true);
  }
}

const errorOf = (reply: Final) => (reply.type === 'error' || reply.type === 'failed' ? reply.message : 'unexpected reply');

/** After the built-in dataset is loaded: its sources noted, then the stored imports merged into the tables. */
async function restore(db: OpenDatabase): Promise<void> {
  set({ busy: 'restoring' }, true);
  try {
    const builtin = await db.conn.rows<{ name: string; sha256: string | null; forms: number; target_tables: number }>(
      `SELECT source_file AS name, sha256, coalesce(forms, 0)::INTEGER AS forms, coalesce(target_tables, 0)::INTEGER AS target_tables FROM ingest_report WHERE status <> 'failed' ORDER BY source_file`,
    );
    set({ builtin: builtin.map((b) => ({ name: b.name, sha256: b.sha256, forms: b.forms, targetTables: b.target_tables })) });
    const reply = await pool().store({ type: 'restore', skip: builtin.map((b) => b.name) });
    if (reply.type !== 'result') throw new Error(errorOf(reply));
    const { metas, rows, broken } = reply.value as { metas: SourceMeta[]; rows: CombinedRows; broken: string[] };
    if (metas.length > 0) {
      const conn = await importConn!;
      await betweenRuleRuns(db.conn, true, (settings) => applySourceChange(conn, { remove: [], insert: rows }, settings));
    }
    set((s) => ({
      busy: null,
      ready: true,
      revision: metas.length > 0 ? s.revision + 1 : s.revision,
      error: broken.length > 0 ? `已保存的数据中有 ${broken.length} 个来源无法读取，已跳过：${broken.join('、')} / ${broken.length} stored sources could not be read and were skipped: ${broken.join(', ')}` : null,
    }), true);
  } catch (e) {
    set({ busy: null, ready: true, error: `导入的数据未能合并：${String(e)} / The imported data could not be merged: ${String(e)}` }, true);
  }
  for (const waiter of readyWaiters) waiter();
  readyWaiters = [];
}

const whenReady = () => (state.ready ? Promise.resolve() : new Promise<void>((resolve) => readyWaiters.push(resolve)));

const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));
const SIDECAR = '.meta.json';
const stem = (name: string) => name.replace(/\.[^.]*$/, '');
const dirOfPath = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Adds dropped or picked files: documents (every file is given to the reader, which tells the
 * format by content), their `<name>.meta.json` sidecars (paired as the CLI pairs them), and
 * datasets — each .zip, and the .parquet files (with dataset.json) of each top folder together.
 * Each is read in the import worker as soon as one is free.
 *
 * Only names and paths are looked at here. The files are listed and queued a slice a task
 * (handOver), and their sizes come back from the worker that reads them: the page never reads a
 * picked file's size itself, since Chromium answers the first look at a user file's size with a
 * synchronous call to the browser process (0.2–0.4 ms a file, more on a loaded machine).
 */
export function addFiles(dropped: readonly DroppedFile[]): void {
  performance.mark('import:hand-over', { detail: dropped.length });
  const files = dropped.filter((d) => !isHidden(d.path));
  const sidecars = new Map<string, DroppedFile>();
  for (const d of files) if (d.file.name.endsWith(SIDECAR)) sidecars.set(`${dirOfPath(d.path)}/${d.file.name.slice(0, -SIDECAR.length)}`, d);
  const datasetGroups = new Map<string, DroppedFile[]>();
  const documents: DroppedFile[] = [];
  const zips: DroppedFile[] = [];
  for (const d of files) {
    const lower = d.file.name.toLowerCase();
    if (lower.endsWith(SIDECAR)) continue;
    if (lower.endsWith('.parquet') || lower === 'dataset.json') {
      const top = d.path.includes('/') ? d.path.split('/')[0]! : '';
      datasetGroups.set(top, [...(datasetGroups.get(top) ?? []), d]);
    } else if (lower.endsWith('.zip')) zips.push(d);
    else documents.push(d);
  }
  const used = new Set<string>();
  const plan: Planned[] = [];
  const base: Omit<ImportItem, 'key' | 'name' | 'path' | 'size' | 'kind' | 'file' | 'sidecarJson'> = { origin: null, phase: 'queued', fraction: 0, message: null, staged: null, replaces: null };
  for (const d of documents) {
    const sidecarKey = `${dirOfPath(d.path)}/${stem(d.file.name)}`;
    const sidecar = sidecars.get(sidecarKey);
    if (sidecar) used.add(sidecarKey);
    const added: ImportItem = { ...base, key: ++nextKey, name: d.file.name, path: d.path, size: 0, kind: 'document', file: d.file, sidecarJson: null };
    plan.push({ item: added, start: () => void startDocument(added, sidecar?.file ?? null) });
  }
  for (const [key, sidecar] of sidecars) {
    if (!used.has(key)) {
      plan.push({
        item: {
          ...base,
          key: ++nextKey,
          name: sidecar.file.name,
          path: sidecar.path,
          size: 0,
          kind: 'document',
          file: null,
          sidecarJson: null,
          phase: 'failed',
          message: `说明文件（sidecar）没有对应的文档 ${stem(sidecar.file.name)}.*；请与文档一起导入。 / This sidecar has no document ${stem(sidecar.file.name)}.* beside it; import it together with its document.`,
        },
        start: null,
      });
    }
  }
  for (const zip of zips) {
    const added: ImportItem = { ...base, key: ++nextKey, name: zip.file.name, path: zip.path, size: 0, kind: 'dataset', file: null, sidecarJson: null };
    plan.push({ item: added, start: () => void startDataset(added, [zip]) });
  }
  for (const [top, group] of datasetGroups) {
    const name = top || (group.length === 1 ? group[0]!.file.name : `${group.length} 个 Parquet 文件 / Parquet files`);
    const added: ImportItem = { ...base, key: ++nextKey, name, path: top, size: 0, kind: 'dataset', file: null, sidecarJson: null };
    plan.push({ item: added, start: () => void startDataset(added, group) });
  }
  void handOver(plan);
}

/** One entry for the review list, and how its reading starts (none for an entry that fails at once). */
interface Planned {
  item: ImportItem;
  start: (() => void) | null;
}

/** At most this many entries are listed and queued in one task… */
const HAND_OVER_SLICE = 100;
/** …and no more than this many milliseconds spent on them before the page gets the thread back. */
const HAND_OVER_BUDGET_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Lists the entries and starts their reading a slice a task, yielding between slices: a
 * thousand files handed over in one task (their items, a thousand queued requests, the list's
 * state) would hold the page at once; the first slice is shown at once, the rest follow within
 * a few frames.
 */
async function handOver(plan: readonly Planned[]): Promise<void> {
  let at = 0;
  while (at < plan.length) {
    if (at > 0) await nextTask();
    const began = performance.now();
    const slice: Planned[] = [];
    while (at < plan.length && slice.length < HAND_OVER_SLICE && (slice.length === 0 || performance.now() - began < HAND_OVER_BUDGET_MS)) slice.push(plan[at++]!);
    set((s) => ({ items: [...s.items, ...slice.map((p) => p.item)] }), slice[0] === plan[0]);
    for (const p of slice) p.start?.();
  }
  performance.mark('import:listed', { detail: plan.length });
}

async function startDocument(added: ImportItem, sidecarFile: File | null, context: SourceContext | null = null): Promise<void> {
  const sidecarJson = sidecarFile ? await sidecarFile.text() : added.sidecarJson;
  const reply = await pool().parse(
    { type: 'document', file: added.file!, name: added.name, sidecarJson, context, base: base() },
    (phase, fraction, bytes) => updateItem(added.key, bytes === undefined ? { phase, fraction } : { phase, fraction, size: bytes }),
  );
  received(added.key, reply, { sidecarJson });
}

async function startDataset(added: ImportItem, files: DroppedFile[]): Promise<void> {
  const reply = await pool().parse(
    { type: 'dataset', files: files.map((f) => ({ file: f.file, path: f.path })), name: added.name, base: base(), wasmUrl: wasmUrl() },
    (phase, fraction, bytes) => updateItem(added.key, bytes === undefined ? { phase, fraction } : { phase, fraction, size: bytes }),
  );
  received(added.key, reply, {});
}

/** A worker's answer: a failure, one staged source (a document; a dataset's .zip that was a document), or a dataset's sources. */
function received(key: number, reply: Final, extra: Partial<ImportItem>): void {
  const current = item(key);
  if (!current) return;
  if (reply.type === 'failed' || reply.type === 'error') return updateItem(key, { ...extra, phase: 'failed', fraction: 1, message: reply.message });
  if (reply.type !== 'staged') return;
  if (current.kind === 'document' || (reply.sources.length === 1 && reply.sources[0]!.meta.origin === null)) {
    return updateItem(key, { ...extra, kind: 'document', fraction: 1, ...classify(reply.sources[0]!, key) });
  }
  const sources: ImportItem[] = reply.sources.map((staged) => ({
    key: ++nextKey,
    name: staged.meta.name,
    path: staged.meta.name,
    size: staged.meta.bytes ?? 0,
    kind: 'source',
    origin: current.name,
    fraction: 1,
    file: null,
    sidecarJson: null,
    ...classify(staged, -1),
  }));
  // Sources of one dataset are classified against each other too.
  set((s) => {
    const at = s.items.findIndex((i) => i.key === key);
    const header: ImportItem = {
      ...current,
      phase: 'unpacked',
      fraction: 1,
      message: [`${reply.sources.length} 个来源文件 / ${reply.sources.length} source files`, ...reply.notes].join('；'),
    };
    return { items: [...s.items.slice(0, at), header, ...sources, ...s.items.slice(at + 1)] };
  });
  for (const source of sources) {
    if (source.phase === 'ready') updateItem(source.key, classify(source.staged!, source.key));
  }
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');

/** Whether a staged source is new, the same as something already here (same SHA-256), or a changed version of a stored one. */
function classify(staged: StagedSource, key: number): Pick<ImportItem, 'phase' | 'message' | 'staged' | 'replaces'> {
  const { name, sha256 } = staged.meta;
  const ready = { phase: 'ready' as const, message: null, staged, replaces: null };
  const duplicate = (message: string) => ({ phase: 'duplicate' as const, message, staged: null, replaces: null });
  const refused = (message: string) => ({ phase: 'failed' as const, message, staged: null, replaces: null });
  const others = state.items.filter((i) => i.key !== key && i.staged && ['ready', 'accepting', 'accepted'].includes(i.phase));
  if (sha256) {
    const builtin = state.builtin?.find((b) => b.sha256 === sha256);
    if (builtin) return duplicate(`与内置数据集中的“${builtin.name}”内容相同（SHA-256 相同），不重复导入。 / The same as "${builtin.name}" in the built-in dataset (same SHA-256): not imported twice.`);
    const stored = state.stored.find((s) => s.sha256 === sha256);
    if (stored) return duplicate(`已于 ${day(stored.importedAt)} 导入（“${stored.name}”，SHA-256 相同），不重复导入。 / Already imported on ${day(stored.importedAt)} as "${stored.name}" (same SHA-256): not imported twice.`);
    const twin = others.find((i) => i.staged!.meta.sha256 === sha256);
    if (twin) return duplicate(`与本次导入的“${twin.path}”内容相同（SHA-256 相同），不重复导入。 / The same as "${twin.path}" in this import (same SHA-256): not imported twice.`);
  }
  if (state.builtin?.some((b) => b.name === name)) {
    return refused(`内置数据集中已有同名文件“${name}”（内容不同）；记录按文件名区分，请改名后再导入。 / The built-in dataset has a file named "${name}" with other content; records are keyed by file name: rename this file and import it again.`);
  }
  const sameName = others.find((i) => i.staged!.meta.name === name);
  if (sameName) return refused(`本次导入中已有同名文件“${sameName.path}”（内容不同）；记录按文件名区分，请改名后再导入。 / "${sameName.path}" in this import has the same name and other content; records are keyed by file name: rename one and import it again.`);
  const stored = state.stored.find((s) => s.name === name);
  return stored ? { ...ready, replaces: stored } : ready;
}

/** Reads a document again with the year and region given (remembered for this file name), and stages it anew. */
export async function giveContext(key: number, context: SourceContext): Promise<void> {
  const current = item(key);
  if (!current?.file) return;
  await pool().store({ type: 'remember', name: current.name, context });
  updateItem(key, { phase: 'queued', fraction: 0, staged: null, message: null }, true);
  await startDocument(current, null, context);
}

/** Drops staged files (their rows go with them). */
export function discard(keys: readonly number[]): void {
  set((s) => ({ items: s.items.map((i) => (keys.includes(i.key) && i.phase === 'ready' ? { ...i, phase: 'discarded', staged: null, file: null } : i)) }), true);
}

/** Clears finished entries from the list (accepted, discarded, failed, duplicates). */
export function clearFinished(): void {
  set((s) => ({ items: s.items.filter((i) => !['accepted', 'discarded', 'failed', 'duplicate', 'unpacked'].includes(i.phase)) }), true);
}

/**
 * Accepts staged sources: their rows join the database (one transaction on the imports'
 * connection: the earlier versions of replaced sources removed, the rows appended, the derived
 * tables and the flags rebuilt over all documents) and the browser's store (written inside that
 * transaction, so either both have them or neither). Sources that would replace a stored one
 * are taken only with `confirmReplace`.
 */
export async function accept(keys: readonly number[], confirmReplace: boolean): Promise<void> {
  await whenReady();
  const chosen = state.items.filter((i) => keys.includes(i.key) && i.phase === 'ready' && i.staged && (confirmReplace || !i.replaces));
  if (chosen.length === 0 || !database) return;
  const db = database;
  set((s) => ({ busy: 'merging', items: s.items.map((i) => (chosen.includes(i) ? { ...i, phase: 'accepting' } : i)) }), true);
  const prepared = await pool().store({ type: 'prepare', put: chosen.map((i) => ({ meta: i.staged!.meta, bundle: i.staged!.bundle })) });
  try {
    if (prepared.type !== 'result') throw new Error(errorOf(prepared));
    const conn = await importConn!;
    const remove = chosen.filter((i) => i.replaces).map((i) => i.name);
    const importedAt = new Date().toISOString();
    await betweenRuleRuns(db.conn, true, (settings) =>
      applySourceChange(conn, { remove, insert: prepared.value as CombinedRows }, settings, async () => {
        const written = await pool().store({ type: 'commit', prepared: prepared.id, remove: [], importedAt });
        if (written.type !== 'result') throw new Error(errorOf(written));
      }),
    );
    set((s) => ({
      busy: null,
      error: null,
      revision: s.revision + 1,
      items: s.items.map((i) => (chosen.some((c) => c.key === i.key) ? { ...i, phase: 'accepted', staged: i.staged && { ...i.staged, bundle: new Uint8Array(0) }, file: null } : i)),
    }), true);
  } catch (e) {
    if (prepared.type === 'result') await pool().store({ type: 'forget', prepared: prepared.id });
    set((s) => ({
      busy: null,
      error: `导入未完成，已保存的数据未改动：${String(e)} / The import did not complete; the stored data is unchanged: ${String(e)}`,
      items: s.items.map((i) => (chosen.some((c) => c.key === i.key) ? { ...i, phase: 'ready' } : i)),
    }), true);
  }
  await refreshStored();
}

/** Removes an imported source: its rows leave the database and the store (one transaction), the derived tables and flags are rebuilt. */
export async function removeSource(name: string): Promise<void> {
  await whenReady();
  if (!database) return;
  const db = database;
  set({ busy: 'removing' }, true);
  try {
    const conn = await importConn!;
    await betweenRuleRuns(db.conn, true, (settings) =>
      applySourceChange(conn, { remove: [name], insert: [] }, settings, async () => {
        const written = await pool().store({ type: 'commit', prepared: null, remove: [name], importedAt: '' });
        if (written.type !== 'result') throw new Error(errorOf(written));
      }),
    );
    set((s) => ({ busy: null, error: null, revision: s.revision + 1 }), true);
  } catch (e) {
    set({ busy: null, error: `未能移除“${name}”，数据未改动：${String(e)} / "${name}" could not be removed; nothing changed: ${String(e)}` }, true);
  }
  await refreshStored();
}

/**
 * Every contract table of the merged data (the built-in dataset and the imports) as the
 * contract's Parquet files in one zip, with dataset.json. The flags are those of the default
 * settings, as the contract has them: with other settings in force, the rules run with the
 * defaults inside a transaction that is rolled back after the tables are read.
 */
export async function exportDataset(): Promise<Blob> {
  await whenReady();
  if (!database) throw new Error('database not open');
  const db = database;
  set({ busy: 'exporting' }, true);
  try {
    const conn = await importConn!;
    const tables = await betweenRuleRuns(db.conn, false, async (settings) => {
      await conn.run('BEGIN TRANSACTION');
      try {
        if (rulesAffected(defaultSettings(), settings).length > 0) await runRules(conn, defaultSettings());
        const out: { table: TableName; ipc: Uint8Array }[] = [];
        for (const table of TABLE_NAMES) out.push({ table, ipc: await conn.raw.useUnsafe((bindings, id) => bindings.runQuery(id, sortedSql(table))) });
        return out;
      } finally {
        await conn.run('ROLLBACK');
      }
    });
    const reply = await pool().store({ type: 'export', tables, wasmUrl: wasmUrl() }, tables.map((t) => t.ipc.buffer));
    if (reply.type !== 'result') throw new Error(errorOf(reply));
    return new Blob([reply.value as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  } finally {
    set({ busy: null }, true);
  }
}
