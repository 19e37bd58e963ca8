import { MAX_TEXT, type ReviewNote, type SubjectKind } from './reviewNote';
import { isReviewStatus } from './reviewStatus';

/** The notes file a reviewer hands to a colleague: JSON, this format name and version, the notes. */
export const NOTES_FORMAT = 'evallens-review-notes';
export const NOTES_VERSION = 1;

export interface NotesFile {
  format: typeof NOTES_FORMAT;
  version: typeof NOTES_VERSION;
  exportedAt: string;
  notes: ReviewNote[];
}

/** The notes as the file's text (sorted, so two exports of the same notes are the same file but for the time). */
export function notesFileText(notes: readonly ReviewNote[], exportedAt: Date): string {
  const sorted = [...notes].sort((a, b) => a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId) || a.sourceSha256.localeCompare(b.sourceSha256));
  const file: NotesFile = { format: NOTES_FORMAT, version: NOTES_VERSION, exportedAt: exportedAt.toISOString(), notes: sorted.map(pickNote) };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Only the note's own fields, in a fixed order. */
function pickNote(n: ReviewNote): ReviewNote {
  return {
    kind: n.kind,
    subjectId: n.subjectId,
    sourceFile: n.sourceFile,
    sourceSha256: n.sourceSha256,
    subjectText: n.subjectText,
    status: n.status,
    reason: n.reason,
    note: n.note,
    updatedAt: n.updatedAt,
  };
}

export type ParsedNotes = { ok: true; notes: ReviewNote[]; skipped: number } | { ok: false; error: 'not_json' | 'not_notes_file' | 'newer_version' };

const SHA256 = /^[0-9a-f]{64}$/;
const isKind = (v: unknown): v is SubjectKind => v === 'finding' || v === 'form';
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** One note of an imported file, or null when any field is missing or malformed (the file is untrusted input). */
function readNote(v: unknown): ReviewNote | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!isKind(o.kind) || !isReviewStatus(o.status)) return null;
  if (!text(o.subjectId, 1000) || o.subjectId === '' || !text(o.sourceFile, 1000) || typeof o.sourceSha256 !== 'string' || !SHA256.test(o.sourceSha256)) return null;
  if (!text(o.subjectText, MAX_TEXT) || !text(o.reason, MAX_TEXT) || !text(o.note, MAX_TEXT)) return null;
  if (typeof o.updatedAt !== 'string' || Number.isNaN(Date.parse(o.updatedAt))) return null;
  if (o.status === 'dismissed' && o.reason.trim() === '') return null;
  return pickNote(o as unknown as ReviewNote);
}

/** Reads a notes file: its valid notes, and how many entries were not valid notes and were left out. */
export function parseNotesFile(content: string): ParsedNotes {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, error: 'not_json' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'not_notes_file' };
  const file = data as Record<string, unknown>;
  if (file.format !== NOTES_FORMAT || typeof file.version !== 'number' || !Array.isArray(file.notes)) return { ok: false, error: 'not_notes_file' };
  if (file.version > NOTES_VERSION) return { ok: false, error: 'newer_version' };
  const notes = file.notes.map(readNote);
  const valid = notes.filter((n): n is ReviewNote => n !== null);
  return { ok: true, notes: valid, skipped: notes.length - valid.length };
}
