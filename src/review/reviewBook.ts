import type { SqlConnection } from '../db/connection';
import type { NoteStore } from './noteStore';
import { noteKey, noteKeyText, type ReviewNote, type ReviewSubject } from './reviewNote';
import { writeNotesTable } from './reviewSql';

export interface ReviewSnapshot {
  /** The notes are read from the store and copied into the database (`review_notes` can be queried). */
  ready: boolean;
  /** Bumped after each change has reached the database, so queries joining `review_notes` re-run. */
  version: number;
  /** Every note, by `noteKeyText`. */
  notes: ReadonlyMap<string, ReviewNote>;
  error: string | null;
}

export interface ImportResult {
  added: number;
  /** Notes that replaced an older note on the same subject and data. */
  updated: number;
  /** Notes not taken because this browser has a newer (or the same) one. */
  kept: number;
}

/**
 * The reviewer's notes of this browser: read once from the store, kept in memory, written
 * through to the store on every change, and copied into the DuckDB table `review_notes` of
 * the attached connection. Listeners hear of each change once the table holds it.
 */
export class ReviewBook {
  private notes = new Map<string, ReviewNote>();
  private loaded: Promise<void> | null = null;
  private conn: SqlConnection | null = null;
  /** Table writes, one after the other, in the order of the changes. */
  private writes: Promise<void> = Promise.resolve();
  private listeners = new Set<() => void>();
  private snapshot: ReviewSnapshot = { ready: false, version: 0, notes: new Map(), error: null };

  constructor(private readonly store: NoteStore) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** Reads the store (once) and copies the notes into `conn`'s database, and after every change from now on. */
  attach(conn: SqlConnection): Promise<void> {
    this.loaded ??= this.store.all().then((notes) => {
      for (const n of notes) this.notes.set(noteKeyText(n), n);
    });
    if (this.conn === conn) return this.writes;
    this.conn = conn;
    return this.publish(this.loaded);
  }

  /** The note on a subject (as of its current data), if any. */
  noteOn(subject: Pick<ReviewSubject, 'kind' | 'subjectId' | 'sourceSha256'>): ReviewNote | undefined {
    return this.notes.get(noteKeyText(subject));
  }

  async save(note: ReviewNote): Promise<void> {
    await this.store.put(note);
    this.notes.set(noteKeyText(note), note);
    await this.publish();
  }

  async remove(subject: Pick<ReviewSubject, 'kind' | 'subjectId' | 'sourceSha256'>): Promise<void> {
    await this.store.remove(noteKey(subject));
    this.notes.delete(noteKeyText(subject));
    await this.publish();
  }

  /** Every note, for the export file. */
  all(): ReviewNote[] {
    return [...this.notes.values()];
  }

  /** Takes a colleague's notes: a note replaces this browser's note on the same subject and data only when it is newer. */
  async importNotes(notes: readonly ReviewNote[]): Promise<ImportResult> {
    const result: ImportResult = { added: 0, updated: 0, kept: 0 };
    for (const note of notes) {
      const mine = this.notes.get(noteKeyText(note));
      if (mine && Date.parse(mine.updatedAt) >= Date.parse(note.updatedAt)) {
        result.kept++;
        continue;
      }
      await this.store.put(note);
      this.notes.set(noteKeyText(note), note);
      result[mine ? 'updated' : 'added']++;
    }
    await this.publish();
    return result;
  }

  /** Writes the table (after `before`, the first read of the store), then tells the listeners. */
  private publish(before: Promise<void> = Promise.resolve()): Promise<void> {
    const write = this.writes.then(async () => {
      let error: string | null = null;
      await before.catch((e: unknown) => void (error = message(e)));
      const notes = new Map(this.notes);
      let written = false;
      if (this.conn) {
        try {
          await writeNotesTable(this.conn, [...notes.values()]);
          written = true;
        } catch (e) {
          error = message(e);
        }
      }
      this.snapshot = { ready: written || this.snapshot.ready, version: this.snapshot.version + 1, notes, error };
      for (const listener of this.listeners) listener();
    });
    this.writes = write.catch(() => undefined);
    return write;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
