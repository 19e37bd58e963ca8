import type { ReviewStatus } from './reviewStatus';

/** What a note is about: a finding (its `flag_id`) or a form (its `eval_id`). */
export type SubjectKind = 'finding' | 'form';

/** The thing a reviewer annotates, as the page knows it when the note is written. */
export interface ReviewSubject {
  kind: SubjectKind;
  /** `flag_id` of a finding, `eval_id` of a form: stable as long as the source file keeps its name and its forms their order. */
  subjectId: string;
  /** The source document the subject was read from, and its SHA-256 (`ingest_report.sha256`). */
  sourceFile: string;
  sourceSha256: string;
  /** What the subject said when the note was written (the finding's message, the form's project), shown when it is gone. */
  subjectText: string;
}

/**
 * A reviewer's note, keyed by its subject's stable id and the hash of the data it was
 * written on: loading a changed document leaves the note on the old data (orphaned), never
 * on figures the reviewer did not see.
 */
export interface ReviewNote extends ReviewSubject {
  status: ReviewStatus;
  /** Why the finding was dismissed (required for 已排除, empty otherwise). */
  reason: string;
  /** Free text. */
  note: string;
  /** When the note was last written (ISO 8601, UTC). */
  updatedAt: string;
}

/** The note's key (IndexedDB compound key and map key alike). */
export type NoteKey = [kind: SubjectKind, subjectId: string, sourceSha256: string];

export const noteKey = (s: Pick<ReviewSubject, 'kind' | 'subjectId' | 'sourceSha256'>): NoteKey => [s.kind, s.subjectId, s.sourceSha256];

/** The key as one string, for maps. */
export const noteKeyText = (s: Pick<ReviewSubject, 'kind' | 'subjectId' | 'sourceSha256'>): string => noteKey(s).join('\u0000');

/** Longest note or reason kept (characters): a note is a paragraph, not a document. */
export const MAX_TEXT = 10_000;

/** A note as the reviewer submits it: a dismissal needs its reason. */
export function noteProblem(note: Pick<ReviewNote, 'status' | 'reason'>): 'reason_required' | null {
  return note.status === 'dismissed' && note.reason.trim() === '' ? 'reason_required' : null;
}
