import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableName } from '../contract/tables';
import { runRules } from '../rules/runRules';
import { ContractTableWriter } from '../store/contractTableWriter';
import { GROUND_TRUTH_FILE, type GroundTruth } from './groundTruth';
import { firstViewQueries } from '../views/viewQueries';
import { synthesize, type SynthOptions } from './synthesize';

/**
 * Writes a synthetic dataset into `outDir` with the contract's own writer (the rows
 * streamed into native DuckDB, derived there, flags from the rules with default
 * settings) and its ground truth beside the tables (`ground_truth.json`).
 */
export async function writeSynthetic(
  outDir: string,
  options: SynthOptions,
  { partitioned = false }: { partitioned?: boolean } = {},
): Promise<{ truth: GroundTruth; written: { table: TableName; rows: number }[] }> {
  const writer = await ContractTableWriter.open();
  try {
    const truth = await synthesize(options, (rows) => writer.add(rows));
    const written = await writer.write(outDir, async (db) => {
      const rules = await runRules(db);
      if (rules.errors.length) throw new Error(rules.errors.map((e) => `rule ${e.ruleId} failed: ${e.message}`).join('\n'));
    }, { partitioned, snapshots: firstViewQueries() });
    const tmp = join(outDir, `.${GROUND_TRUTH_FILE}.tmp`);
    await writeFile(tmp, JSON.stringify(truth));
    await rename(tmp, join(outDir, GROUND_TRUTH_FILE));
    return { truth, written };
  } finally {
    writer.close();
  }
}
