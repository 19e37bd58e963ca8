import { Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { createTableSql } from '../contract/tables';
import type { ArrowIngestConnection } from '../db/contractLoader';
import type { IngestedTable } from '../ingest/contractRows';
import { runRules, type RuleRunResult } from '../rules/runRules';
import type { RuleSettings } from '../rules/settings';
import { DERIVED_EVALUATIONS_SQL, PARSED_EVALUATIONS } from '../sql/derivedEvaluations';
import { DERIVED_TABLES } from '../sql/derivedTables';

/** A change to the documents in the database: sources whose rows go, and rows (one Arrow IPC stream per table) that join. */
export interface SourceChange {
  /** `source_file` names whose rows are removed first (removed sources, and the earlier versions of replaced ones). */
  remove: readonly string[];
  insert: readonly { table: IngestedTable; ipc: Uint8Array }[];
}

/** The helper table holding the names of the sources a change removes (dropped with the change). */
const REMOVED = 'import_removed_sources';

/** The rows of the removed sources, table by table: the forms' own rows through their ids, the rest by file name. */
const REMOVE_SQL = [
  `DELETE FROM indicators WHERE eval_id IN (SELECT eval_id FROM evaluations WHERE source_file IN (SELECT name FROM ${REMOVED}))`,
  `DELETE FROM target_indicators WHERE target_table_id IN (SELECT target_table_id FROM target_tables WHERE source_file IN (SELECT name FROM ${REMOVED}))`,
  ...(['evaluations', 'target_tables', 'project_lists', 'unparsed_lines', 'ingest_report'] as const).map(
    (table) => `DELETE FROM ${table} WHERE source_file IN (SELECT name FROM ${REMOVED})`,
  ),
];

/**
 * Applies a change to the page's database in one transaction, on a connection of its own (the
 * views' connection goes on reading the tables as they were until it commits): the removed
 * sources' rows go, the new rows are appended as Arrow (the database is closed to files, so
 * nothing is read from one), the evaluations get their derived columns from the same SQL as
 * ingest, and everything made from the documents is rebuilt over all of them, the built-in
 * dataset and the imported documents alike — `agg_department_year`, `indicator_issues`,
 * `target_links` (`DERIVED_TABLES`), then the flags and their pre-aggregates by the rules engine
 * with `settings`. `beforeCommit` runs last inside the transaction (the browser's store is
 * written there: when it fails, nothing changes). Any failure rolls everything back.
 */
export async function applySourceChange(
  conn: ArrowIngestConnection,
  change: SourceChange,
  settings: RuleSettings,
  beforeCommit: () => Promise<void> = async () => {},
): Promise<RuleRunResult> {
  await conn.run('BEGIN TRANSACTION');
  try {
    if (change.remove.length > 0) {
      await conn.run(`CREATE TABLE ${REMOVED} (name VARCHAR)`);
      await conn.insertIpc(REMOVED, namesIpc(change.remove), false);
      for (const sql of REMOVE_SQL) await conn.run(sql);
      await conn.run(`DROP TABLE ${REMOVED}`);
    }
    const evaluations = change.insert.filter((i) => i.table === 'evaluations');
    for (const { table, ipc } of change.insert) if (table !== 'evaluations') await conn.insertIpc(table, ipc, false);
    if (evaluations.length > 0) {
      await conn.run(createTableSql('evaluations', PARSED_EVALUATIONS));
      for (const { ipc } of evaluations) await conn.insertIpc(PARSED_EVALUATIONS, ipc, false);
      await conn.run(`INSERT INTO evaluations BY NAME (${DERIVED_EVALUATIONS_SQL})`);
      await conn.run(`DROP TABLE ${PARSED_EVALUATIONS}`);
    }
    for (const { table, sql } of DERIVED_TABLES) {
      await conn.run(`DELETE FROM ${table}`);
      await conn.run(`INSERT INTO ${table} BY NAME (${sql})`);
    }
    const flags = await runRules(conn, settings);
    await beforeCommit();
    await conn.run('COMMIT');
    return flags;
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A one-column (`name`) Arrow IPC stream of source names. */
const namesIpc = (names: readonly string[]): Uint8Array => tableToIPC(new Table({ name: vectorFromArray([...names], new Utf8()) }), 'stream');
