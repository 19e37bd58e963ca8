/**
 * npm run synth -- --evaluations N [--seed S] [--out <dir>] [--anomaly-share 0.02]
 * Writes every contract table for N synthetic self-evaluations (see
 * src/synth/synthesize.ts) with the contract's own writer, `flags` from the rules
 * with default settings, and `ground_truth.json` (the injected anomalies and the
 * flags they must raise) beside them. Deterministic for a seed.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runRules } from '../rules/runRules';
import { ContractTableWriter } from '../store/contractTableWriter';
import { GROUND_TRUTH_FILE } from '../synth/groundTruth';
import { synthesize } from '../synth/synthesize';

const { values } = parseArgs({
  options: {
    evaluations: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data/synth' },
    'anomaly-share': { type: 'string', default: '0.02' },
  },
});
const evaluations = Number(values.evaluations);
const seed = Number(values.seed);
const anomalyShare = Number(values['anomaly-share']);
if (!Number.isInteger(evaluations) || evaluations <= 0) throw new Error('usage: npm run synth -- --evaluations N [--seed S] [--out <dir>]');
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
if (!(anomalyShare >= 0 && anomalyShare <= 1)) throw new Error('--anomaly-share must be between 0 and 1');
const out = values.out as string;

const started = performance.now();
const writer = await ContractTableWriter.open();
try {
  const truth = await synthesize({ evaluations, seed, anomalyShare }, (rows) => writer.add(rows));
  const generated = performance.now();
  const written = await writer.write(out, async (db) => {
    const rules = await runRules(db);
    for (const error of rules.errors) console.error(`synth: rule ${error.ruleId} failed: ${error.message}`);
  });
  const tmp = join(out, `.${GROUND_TRUTH_FILE}.tmp`);
  await writeFile(tmp, JSON.stringify(truth));
  await rename(tmp, join(out, GROUND_TRUTH_FILE));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`wrote ${written.map((w) => `${w.table} ${w.rows}`).join(', ')} to ${out}`);
  console.log(`${truth.injections.length} anomalies injected (${GROUND_TRUTH_FILE}); generated in ${seconds(generated - started)}, derived, audited and written in ${seconds(performance.now() - generated)}`);
} finally {
  writer.close();
}
