import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { MANIFEST_FILE, type ManifestFile } from '../contract/manifest';
import { FLAG_TABLES } from '../contract/tables';
import { NodeConnection } from '../db/nodeConnection';
import { runRules, type RuleRunResult } from '../rules/runRules';
import { defaultSettings, type RuleSettings } from '../rules/settings';
import { writeAtomically } from '../store/atomicFiles';
import { writeManifest, writeTableFiles } from '../store/datasetFiles';
import { readManifest } from '../store/readManifest';
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
 * files of `inputDir` (read as views, see `attachRuleInputs`; single files or a
 * partitioned lake alike) and writes `flags` and its pre-aggregates (`flags.parquet`,
 * `agg_flags.parquet`, `agg_flagged_evaluations.parquet`, ZSTD) and `flags.csv` into
 * `outDir` — and, when `outDir` holds a dataset, its manifest with them — all or nothing. The flags go from DuckDB to the files by COPY: they never pass
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
      const written = {} as Record<(typeof FLAG_TABLES)[number], ManifestFile[]>;
      for (const table of FLAG_TABLES) written[table] = await writeTableFiles(conn, tmp, table, false);
      await writeFlagsCsv(conn, join(tmp, 'flags.csv'), join(tmp, 'flags.nobom.csv'));
      const names = [...FLAG_TABLES.map((t) => `${t}.parquet`), 'flags.csv'];
      // A dataset's manifest in the output directory lists the new flag files.
      if (existsSync(join(outDir, MANIFEST_FILE))) {
        const manifest = readManifest(outDir);
        await writeManifest(tmp, manifest.layout, { ...manifest.tables, ...written }, manifest.snapshots);
        names.push(MANIFEST_FILE);
      }
      return { names, result: undefined };
    });
    return { ...result, flagsParquet: join(outDir, 'flags.parquet'), flagsCsv: join(outDir, 'flags.csv'), linksComputed };
  } finally {
    conn.close();
    await rm(spill, { recursive: true, force: true });
  }
}
