import type { SourceMeta } from './sourceBundle';
import { sha256Hex } from '../sources/sha256';

/**
 * The documents accepted in this browser, kept in IndexedDB (database `evallens-imports`): store
 * `sources`, one record per source keyed by its file name (the name its records carry, so a
 * changed version of a file replaces the old one), holding its meta and its bundle (the rows as
 * Arrow IPC, deflated: see sourceBundle.ts); store `contexts`, the year and region a person gave
 * for a document that does not state them, remembered by file name for its next version. Used in
 * the import worker (IndexedDB is there too), so bundles never pass through the page's thread
 * on their way in or out. IndexedDB over DuckDB-WASM on OPFS: the page's database is in memory,
 * compressed, and closed to files once loaded (lockDatabase), and IndexedDB keeps each source
 * as one record that a transaction adds, replaces or removes atomically.
 */
export interface StoredSource extends SourceMeta {
  importedAt: string;
  bundle: Uint8Array;
}

/** The year and region given for a document that does not state them. */
export interface SourceContext {
  year: number | null;
  region: string | null;
}

const DB_NAME = 'evallens-imports';
const SOURCES = 'sources';
const CONTEXTS = 'contexts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= (() => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(SOURCES, { keyPath: 'name' });
      open.result.createObjectStore(CONTEXTS, { keyPath: 'name' });
    };
    return request(open);
  })();
  return opened;
}

/** Every stored source's meta (in name order), without its rows. */
export async function storedSources(): Promise<SourceMeta[]> {
  return (await allStored()).map(({ bundle: _bundle, ...meta }) => meta);
}

/** Every stored source with its bundle, in name order. */
export async function allStored(): Promise<StoredSource[]> {
  const tx = (await database()).transaction(SOURCES, 'readonly');
  return request(tx.objectStore(SOURCES).getAll() as IDBRequest<StoredSource[]>);
}

/** Adds or replaces `put` and removes `remove`, all in one transaction (all or nothing). */
export async function changeStored(put: readonly StoredSource[], remove: readonly string[]): Promise<void> {
  const tx = (await database()).transaction(SOURCES, 'readwrite');
  const store = tx.objectStore(SOURCES);
  for (const name of remove) store.delete(name);
  for (const source of put) store.put(source);
  await done(tx);
}

export async function rememberContext(name: string, context: SourceContext): Promise<void> {
  const tx = (await database()).transaction(CONTEXTS, 'readwrite');
  tx.objectStore(CONTEXTS).put({ name, ...context });
  await done(tx);
}

export async function rememberedContext(name: string): Promise<SourceContext | null> {
  const tx = (await database()).transaction(CONTEXTS, 'readonly');
  const found = (await request(tx.objectStore(CONTEXTS).get(name))) as (SourceContext & { name: string }) | undefined;
  return found ? { year: found.year, region: found.region } : null;
}


/**
 * The stored data's fingerprint: SHA-256 over every stored source's name, document hash, import
 * time and the SHA-256 of its stored rows, in name order. Equal before and after an operation
 * exactly when nothing stored changed (the bad-input checks compare it).
 */
export async function storedFingerprint(): Promise<{ sources: number; sha256: string }> {
  const sources = await allStored();
  const lines: string[] = [];
  for (const s of sources) lines.push(`${s.name}\t${s.sha256}\t${s.importedAt}\t${await sha256Hex(s.bundle)}`);
  return { sources: sources.length, sha256: await sha256Hex(new TextEncoder().encode(lines.join('\n'))) };
}
