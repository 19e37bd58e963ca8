import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION } from '../contract/tables';
import { relayout } from '../store/relayout';
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
 * while its ground truth says the same size and seed and its manifest the contract's version) — or,
 * `partitioned`, the same rows as year/region partitions in bench/data/<size>-partitioned/.
 */
export async function datasetDir(size: SizeLabel, log: (line: string) => void, partitioned = false): Promise<string> {
  if (size === 'corpus') return join(ROOT, 'data', 'parquet');
  if (partitioned) {
    const source = await datasetDir(size, log);
    const dir = join(ROOT, 'bench', 'data', `${size}-partitioned`);
    if (!existsSync(join(dir, MANIFEST_FILE)) || statSync(join(dir, MANIFEST_FILE)).mtimeMs < statSync(join(source, MANIFEST_FILE)).mtimeMs) {
      log(`writing ${size} as year/region partitions into ${dir}…`);
      await relayout(source, dir, true);
      copyFileSync(join(source, GROUND_TRUTH_FILE), join(dir, GROUND_TRUTH_FILE));
    }
    return dir;
  }
  const dir = join(ROOT, 'bench', 'data', size);
  const truthFile = join(dir, GROUND_TRUTH_FILE);
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as GroundTruth;
    const manifest = existsSync(join(dir, MANIFEST_FILE)) ? (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as DatasetManifest) : null;
    if (truth.evaluations === SIZES[size] && truth.seed === SEED && manifest?.contract === CONTRACT_VERSION) return dir;
  }
  log(`synthesizing ${size} (${SIZES[size].toLocaleString('en-US')} evaluations) into ${dir}…`);
  await writeSynthetic(dir, { evaluations: SIZES[size], seed: SEED });
  return dir;
}
