import type { NoteKey, ReviewNote } from './reviewNote';

/** Where notes persist: all of them, one written, one removed. */
export interface NoteStore {
  all(): Promise<ReviewNote[]>;
  put(note: ReviewNote): Promise<void>;
  remove(key: NoteKey): Promise<void>;
}

const DB_NAME = 'evallens-review';
const STORE = 'notes';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STORE, { keyPath: ['kind', 'subjectId', 'sourceSha256'] });
  };
  return request(open);
}

/** A transaction's completion (a write is durable once it resolves). */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Notes in the browser's IndexedDB (database `evallens-review`, store `notes`, keyed by
 * kind + subject id + source SHA-256): they stay in this browser profile, per origin,
 * across reloads, until the person clears the site's data.
 */
export function indexedDbNoteStore(): NoteStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= openDatabase());
  return {
    async all() {
      const tx = (await database()).transaction(STORE, 'readonly');
      return request(tx.objectStore(STORE).getAll() as IDBRequest<ReviewNote[]>);
    },
    async put(note) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(note);
      await done(tx);
    },
    async remove(key) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await done(tx);
    },
  };
}
