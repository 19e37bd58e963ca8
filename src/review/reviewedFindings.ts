import type { Relation } from '../table/columns';
import { FINDINGS_RELATION } from '../findings/findingsRelation';
import { REVIEW_NOTES_TABLE, findingNoteJoinSql } from './reviewSql';
import { statusTextSql } from './reviewStatus';

/**
 * The findings relation with each finding's review: the SHA-256 of its source file (what a
 * new note is keyed by), and the note written on it for that data, if any: `review_status`
 * (both languages' label, see `statusTextSql`), `review_reason`, `review_note`.
 */
export const REVIEWED_FINDINGS_RELATION: Relation = {
  from: `(
  SELECT x.*, (SELECT sr.sha256 FROM ingest_report sr WHERE sr.source_file = x.source_file) AS source_sha256,
         ${statusTextSql('n.status')} AS review_status, n.reason AS review_reason, n.note AS review_note
    FROM ${FINDINGS_RELATION.from} AS x
    LEFT JOIN ${REVIEW_NOTES_TABLE} n ON ${findingNoteJoinSql('n', 'x')}
)`,
  columns: [
    ...FINDINGS_RELATION.columns,
    { name: 'source_sha256', type: 'VARCHAR' },
    { name: 'review_status', type: 'VARCHAR' },
    { name: 'review_reason', type: 'VARCHAR' },
    { name: 'review_note', type: 'VARCHAR' },
  ],
  sortBy: FINDINGS_RELATION.sortBy,
  storedInOrder: false,
};
