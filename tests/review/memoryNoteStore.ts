import type { NoteStore } from '../../src/review/noteStore';
import { noteKeyText, type ReviewNote } from '../../src/review/reviewNote';

/** The note store's contract in memory (the browser's IndexedDB store is exercised by the e2e tests). */
export function memoryNoteStore(initial: readonly ReviewNote[] = []): NoteStore & { notes: Map<string, ReviewNote> } {
  const notes = new Map(initial.map((n) => [noteKeyText(n), n]));
  return {
    notes,
    all: async () => [...notes.values()],
    put: async (note) => void notes.set(noteKeyText(note), note),
    remove: async ([kind, subjectId, sourceSha256]) => void notes.delete(noteKeyText({ kind, subjectId, sourceSha256 })),
  };
}
