/**
 * npm run synth -- --evaluations N [--seed S] [--out <dir>] [--anomaly-share 0.02] [--partitioned]
 * Writes every contract table for N synthetic self-evaluations (see
 * src/synth/synthesize.ts) with the contract's own writer, `flags` from the rules
 * with default settings, and `ground_truth.json` (the injected anomalies and the
 * flags they must raise) beside them. Deterministic for a seed. Shares of anomalies
 * above a few percent leave few departments unchanged, and the department
 * comparisons may then flag clean ones.
 */
import { parseArgs } from 'node:util';
import { GROUND_TRUTH_FILE } from '../synth/groundTruth';
import { writeSynthetic } from '../synth/writeSynthetic';

const { values } = parseArgs({
  options: {
    evaluations: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data/synth' },
    'anomaly-share': { type: 'string', default: '0.02' },
    partitioned: { type: 'boolean', default: false },
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
const { truth, written } = await writeSynthetic(out, { evaluations, seed, anomalyShare }, { partitioned: values.partitioned as boolean });
console.log(`wrote ${written.map((w) => `${w.table} ${w.rows}`).join(', ')} to ${out}`);
console.log(`${truth.injections.length} anomalies injected (${GROUND_TRUTH_FILE}); ${((performance.now() - started) / 1000).toFixed(1)} s`);
