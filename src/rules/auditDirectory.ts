import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, createTableSql, type FlagRow, type TableName } from '../contract/tables';
import type { SqlConnection } from '../db/connection';
import { NodeConnection } from '../db/nodeConnection';
import { flagsToCsv } from './flagsCsv';
import { runRules, type RuleRunResult } from './runRules';
import { defaultSettings, type RuleSettings } from './settings';
import { TARGET_LINKS_SQL } from '../sql/targetLinks';

/** The contract tables the rules read. `target_links` is computed when its file is absent. */
export const RULE_INPUT_TABLES: readonly TableName[] = [
  'evaluations',
  'indicators',
  'target_tables',
  'target_indicators',
  'project_lists',
  'target_links',
];

export interface AuditResult extends RuleRunResult {
  flagsParquet: string;
  flagsCsv: string;
  /** True when target_links.parquet was missing and the links were computed here. */
  linksComputed: boolean;
}

/**
 * Node only: loads the contract tables the rules read from `<inputDir>/<table>.parquet`
 * into `conn` (native DuckDB, which reads Parquet itself), with the contract's column
 * types. Throws, naming the file, when one is missing or unreadable; computes
 * `target_links` with TARGET_LINKS_SQL when only that file is absent (returns true then).
 */
export async function loadRuleInputs(conn: SqlConnection, inputDir: string): Promise<boolean> {
  let linksComputed = false;
  for (const table of RULE_INPUT_TABLES) {
    const file = join(inputDir, `${table}.parquet`);
    await conn.run(`DROP TABLE IF EXISTS "${table}"`);
    await conn.run(createTableSql(table));
    if (!existsSync(file)) {
      if (table !== 'target_links') throw new Error(`${file}: missing (the rules need the contract table ${table})`);
      await conn.run(`INSERT INTO target_links ${TARGET_LINKS_SQL}`);
      linksComputed = true;
      continue;
    }
    const columns = TABLES[table].columns.map((c) => `"${c.name}"`).join(', ');
    try {
      await conn.run(`INSERT INTO "${table}" SELECT ${columns} FROM read_parquet(?)`, [file]);
    } catch (error) {
      throw new Error(`${file}: not a readable contract table ${table} (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    }
  }
  return linksComputed;
}

/**
 * Node only (the CLI): reads the contract Parquet files of `inputDir` into native
 * DuckDB, runs the rules, and writes `flags.parquet` (contract columns, ZSTD) and
 * `flags.csv` into `outDir`, each atomically (a temporary file renamed into place).
 * Throws, naming the file, when a required table is missing or unreadable.
 */
export async function auditDirectory(inputDir: string, outDir: string, settings: RuleSettings = defaultSettings()): Promise<AuditResult> {
  const conn = await NodeConnection.open();
  try {
    const linksComputed = await loadRuleInputs(conn, inputDir);
    const result = await runRules(conn, settings);

    mkdirSync(outDir, { recursive: true });
    const flagsParquet = join(outDir, 'flags.parquet');
    const flagsCsvPath = join(outDir, 'flags.csv');
    const tmpParquet = join(outDir, `.flags.parquet.${randomUUID()}.tmp`);
    const tmpCsv = join(outDir, `.flags.csv.${randomUUID()}.tmp`);
    try {
      const sorted = `SELECT * FROM flags ORDER BY ${TABLES.flags.sortBy.map((c) => `"${c}"`).join(', ')}`;
      await conn.run(`COPY (${sorted}) TO ? (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`, [tmpParquet]);
      writeFileSync(tmpCsv, flagsToCsv(await conn.rows<FlagRow>(sorted)));
      renameSync(tmpParquet, flagsParquet);
      renameSync(tmpCsv, flagsCsvPath);
    } finally {
      rmSync(tmpParquet, { force: true });
      rmSync(tmpCsv, { force: true });
    }
    return { ...result, flagsParquet, flagsCsv: flagsCsvPath, linksComputed };
  } finally {
    conn.close();
  }
}
