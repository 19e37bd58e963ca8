import type { SqlConnection } from '../db/connection';
import type { Filters } from '../query/filters';
import { NOTES_STATE_SQL, SOURCE_HASHES_SQL } from '../review/reviewSql';
import type { RuleSettings } from '../rules/settings';
import { fileHashes } from './fileHashes';
import type { RuleCountRow } from './reportData';
import { reportQueries } from './reportQueries';
import { workingPaper, type FindingRecord, type NoteRecord } from './workingPaper';

/** The audit working paper (.xlsx) for the filters and rule settings in force: its rows from SQL, the files' hashes fetched now. */
export async function buildWorkingPaper(conn: SqlConnection, filters: Filters, settings: RuleSettings, filterSummary: string, now: Date): Promise<Uint8Array> {
  const queries = reportQueries(filters, settings);
  const findings = await conn.rows<FindingRecord>(queries.findings.sql, queries.findings.params);
  const counts = await conn.rows<RuleCountRow>(queries.findingsByRule.sql, queries.findingsByRule.params);
  const notes = await conn.rows<NoteRecord>(NOTES_STATE_SQL);
  const sources = await conn.rows<{ source_file: string; sha256: string | null }>(SOURCE_HASHES_SQL);
  const hashes = await fileHashes(sources);
  return workingPaper({ queries, filters, filterSummary, settings, findings, counts, notes, hashes, exportedAt: now });
}
