import type { SqlConnection, SqlParam } from '../db/connection';
import type { ReviewNote } from './reviewNote';

/**
 * The notes as a DuckDB table, so findings, their counts and the report join them in SQL:
 * `review_notes` (kind, subject_id, source_file, source_sha256, subject_text, status, reason,
 * note, updated_at). It is a copy of the browser's note store, rewritten whole after each change.
 */
export const REVIEW_NOTES_TABLE = 'review_notes';

const COLUMNS = ['kind', 'subject_id', 'source_file', 'source_sha256', 'subject_text', 'status', 'reason', 'note', 'updated_at'] as const;

const row = (n: ReviewNote): SqlParam[] => [n.kind, n.subjectId, n.sourceFile, n.sourceSha256, n.subjectText, n.status, n.reason, n.note, n.updatedAt];

/** Replaces `review_notes` with these notes in one statement (readers never see it half written). Values only as `?` parameters. */
export async function writeNotesTable(conn: SqlConnection, notes: readonly ReviewNote[]): Promise<void> {
  const typed = COLUMNS.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ');
  if (notes.length === 0) {
    await conn.run(`CREATE OR REPLACE TABLE ${REVIEW_NOTES_TABLE} AS SELECT ${typed} FROM (SELECT ${COLUMNS.map((c) => `NULL AS ${c}`).join(', ')}) WHERE false`);
    return;
  }
  const values = notes.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE ${REVIEW_NOTES_TABLE} AS SELECT ${typed} FROM (VALUES ${values}) AS v(${COLUMNS.join(', ')})`, notes.flatMap(row));
}

/**
 * SQL: whether a note (aliased `n`) is attached: its subject is among the current findings
 * (flags, under the rule settings in force) or forms, read from a source file with the same
 * SHA-256 as when the note was written. Otherwise the note is orphaned: kept, and listed as such.
 */
export const noteAttachedSql = (n: string) => `CASE ${n}.kind
    WHEN 'finding' THEN EXISTS (SELECT 1 FROM flags af JOIN ingest_report ar ON ar.source_file = af.source_file
                                 WHERE af.flag_id = ${n}.subject_id AND ar.sha256 = ${n}.source_sha256)
    ELSE EXISTS (SELECT 1 FROM evaluations ae JOIN ingest_report ar ON ar.source_file = ae.source_file
                  WHERE ae.eval_id = ${n}.subject_id AND ar.sha256 = ${n}.source_sha256) END`;

/**
 * SQL: the note on a finding row aliased `x` (with `flag_id` and `source_file`), for a
 * LEFT JOIN … ON: same flag id, and the finding's source file still has the hash the note was written on.
 */
export const findingNoteJoinSql = (n: string, x: string) =>
  `${n}.kind = 'finding' AND ${n}.subject_id = ${x}.flag_id
   AND ${n}.source_sha256 = (SELECT sr.sha256 FROM ingest_report sr WHERE sr.source_file = ${x}.source_file)`;

/** Every note with whether it is attached, orphaned ones first, then by time (newest first). */
export const NOTES_STATE_SQL = `SELECT n.*, ${noteAttachedSql('n')} AS attached FROM ${REVIEW_NOTES_TABLE} n
  ORDER BY attached, updated_at DESC, kind, subject_id`;

/** SHA-256 of each source file as ingest recorded it (what a new note is keyed by). */
export const SOURCE_HASHES_SQL = 'SELECT source_file, sha256 FROM ingest_report WHERE sha256 IS NOT NULL';
