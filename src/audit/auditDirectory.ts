import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLAG_TABLES } from '../contract/tables';
import { NodeConnection } from '../db/nodeConnection';
import { runRules, type RuleRunResult } from '../rules/runRules';
import { defaultSettings, type RuleSettings } from '../rules/settings';
import { writeAtomically } from '../store/atomicFiles';
import { copyToParquet, sortedSql } from '../store/parquetCopy';
import { writeFlagsCsv } from './flagsCsv';
import { attachRuleInputs } from './ruleInputs';

export interface AuditResult extends RuleRunResult {
  flagsParquet: string;
  flagsCsv: string;
  /** True when target_links.parquet was missing and the links were computed here. */
  linksComputed: boolean;
}

/**
 * Node only (the CLI): runs the rules in native DuckDB over the contract Parquet
 * files of `inputDir` (read as views, see `attachRuleInputs`) and writes `flags`
 * and its pre-aggregates (`flags.parquet`, `agg_flags.parquet`,
 * `agg_flagged_evaluations.parquet`, ZSTD) and `flags.csv` into `outDir`, all
 * or nothing. The flags go from DuckDB to the files by COPY: they never pass
 * through the JS heap, whatever their number. DuckDB spills what does not fit its
 * memory limit to a temporary directory of its own; that directory and every
 * temporary file are removed whether the run succeeds or fails.
 * Throws, naming the file, when a required table is missing or unreadable.
 */
export async function auditDirectory(inputDir: string, outDir: string, settings: RuleSettings = defaultSettings()): Promise<AuditResult> {
  const spill = await mkdtemp(join(tmpdir(), 'evallens-audit-spill-'));
  const conn = await NodeConnection.open();
  try {
    await conn.run(`SET temp_directory = '${spill.replace(/'/g, "''")}'`);
    const linksComputed = await attachRuleInputs(conn, inputDir);
    const result = await runRules(conn, settings);
    await writeAtomically(outDir, async (tmp) => {
      for (const table of FLAG_TABLES) await copyToParquet(conn, sortedSql(table), join(tmp, `${table}.parquet`));
      await writeFlagsCsv(conn, join(tmp, 'flags.csv'), join(tmp, 'flags.nobom.csv'));
      return { names: [...FLAG_TABLES.map((t) => `${t}.parquet`), 'flags.csv'], result: undefined };
    });
    return { ...result, flagsParquet: join(outDir, 'flags.parquet'), flagsCsv: join(outDir, 'flags.csv'), linksComputed };
  } finally {
    conn.close();
    await rm(spill, { recursive: true, force: true });
  }
}
