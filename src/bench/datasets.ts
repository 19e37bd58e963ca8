import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLE_NAMES } from '../contract/tables';
import { GROUND_TRUTH_FILE, type GroundTruth } from '../synth/groundTruth';
import { writeSynthetic } from '../synth/writeSynthetic';

/** The sizes the bench knows: the corpus as ingested, and synthetic datasets of 10k, 100k and 1M evaluations. */
export const SIZES = { corpus: 0, S: 10_000, M: 100_000, L: 1_000_000 } as const;
export type SizeLabel = keyof typeof SIZES;

export const SEED = 1;
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The contract tables of a size: data/parquet for the corpus, else a synthetic dataset
 * under bench/data/<size>/ (written by the synthesizer with seed 1 the first time, kept
 * while its ground truth says the same size and seed and every contract table is there).
 */
export async function datasetDir(size: SizeLabel, log: (line: string) => void): Promise<string> {
  if (size === 'corpus') return join(ROOT, 'data', 'parquet');
  const dir = join(ROOT, 'bench', 'data', size);
  const truthFile = join(dir, GROUND_TRUTH_FILE);
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as GroundTruth;
    const complete = TABLE_NAMES.every((t) => existsSync(join(dir, `${t}.parquet`)));
    if (truth.evaluations === SIZES[size] && truth.seed === SEED && complete) return dir;
  }
  log(`synthesizing ${size} (${SIZES[size].toLocaleString('en-US')} evaluations) into ${dir}…`);
  await writeSynthetic(dir, { evaluations: SIZES[size], seed: SEED });
  return dir;
}
