import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeConnection } from '../db/nodeConnection';
import { NO_FILTERS } from '../query/filters';
import { GROUND_TRUTH_FILE, scoreFlags, type FlagKey, type GroundTruth, type TruthScore } from '../synth/groundTruth';
import type { ChartViewId } from '../views/viewQueries';
import { browserRun, type BrowserFigures } from './browserRun';
import { datasetDir, SIZES, type SizeLabel } from './datasets';
import { nativeViewTimes, openNative } from './nativeReference';
import { detailFilters, filterSequence } from './scenarios';
import { serveWithData } from './servedApp';
import type { Spread } from './stats';

export interface SizeResult {
  size: SizeLabel;
  evaluations: number;
  indicators: number;
  browser: BrowserFigures;
  /** Native DuckDB: each view's batch over the same filter changes. */
  native: Record<ChartViewId, Spread>;
  nativeDetail: Spread;
  /** Rules against the synthetic ground truth (absent for the corpus). */
  recall: { overall: number; rules: number; missed: string[]; falsePositives: number; unexpected: number } | null;
}

export interface BenchOptions {
  appDir: string;
  /** Filter changes per view. */
  changes: number;
  log: (line: string) => void;
}

function recallOf(score: TruthScore): NonNullable<SizeResult['recall']> {
  return {
    overall: score.overall,
    rules: score.recall.length,
    missed: score.recall.filter((r) => r.found < r.expected).map((r) => `${r.rule} ${r.found}/${r.expected}`),
    falsePositives: score.falsePositives.length,
    unexpected: score.unexpected.length,
  };
}

async function counts(db: NodeConnection): Promise<{ evaluations: number; indicators: number }> {
  const [row] = await db.rows<{ evaluations: number; indicators: number }>(
    'SELECT (SELECT count(*) FROM evaluations)::INTEGER AS evaluations, (SELECT count(*) FROM indicators)::INTEGER AS indicators',
  );
  return row!;
}

/** Measures one size: native reference, rules against ground truth, then the page in Chromium. */
export async function benchSize(size: SizeLabel, options: BenchOptions): Promise<SizeResult> {
  const dir = await datasetDir(size, options.log);
  options.log(`${size}: native DuckDB reference…`);
  const native = await openNative(dir);
  let result: Omit<SizeResult, 'browser'>;
  try {
    const filters = await filterSequence(native, options.changes);
    const nativeTimes = await nativeViewTimes(native, filters);
    const nativeDetail = (await nativeViewTimes(native, [NO_FILTERS, ...detailFilters()])).overview;
    let recall: SizeResult['recall'] = null;
    if (size !== 'corpus') {
      const truth = JSON.parse(readFileSync(join(dir, GROUND_TRUTH_FILE), 'utf8')) as GroundTruth;
      recall = recallOf(scoreFlags(truth, await native.rows<FlagKey>('SELECT flag_id, rule_id, eval_id, source_file FROM flags')));
    }
    result = { size, ...(await counts(native)), native: nativeTimes, nativeDetail, recall };
    options.log(`${size}: browser…`);
    const server = await serveWithData(options.appDir, dir);
    try {
      const browser = await browserRun({
        url: server.url,
        filters,
        detailFilters: detailFilters(),
        loadTimeoutMs: size === 'L' ? 900_000 : 300_000,
      });
      return { ...result, browser };
    } finally {
      await server.dispose();
    }
  } finally {
    native.close();
  }
}

export const BENCH_SIZES = Object.keys(SIZES) as SizeLabel[];
