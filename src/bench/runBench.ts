import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeConnection } from '../db/nodeConnection';
import { NO_FILTERS, type Filters } from '../query/filters';
import { readManifest } from '../store/readManifest';
import { GROUND_TRUTH_FILE, scoreFlags, type FlagKey, type GroundTruth, type TruthScore } from '../synth/groundTruth';
import type { ChartViewId } from '../views/viewQueries';
import { browserPartitionRun, browserRun, type BrowserFigures, type PartitionFigures } from './browserRun';
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

export interface PartitionResult {
  size: SizeLabel;
  browser: PartitionFigures;
  /** Native DuckDB with views over the partitioned lake's files (the same view SQL): the overview's batch under the opened filters, and every view's. */
  nativeLake: Record<ChartViewId, Spread>;
}

/**
 * Measures a size written as year/region partitions: the page opened on one year and
 * region (what it fetches against the whole dataset, then adding a year), and native
 * DuckDB running the views' SQL unchanged over views of the lake's files.
 */
export async function benchPartitioned(size: SizeLabel, options: BenchOptions): Promise<PartitionResult> {
  const dir = await datasetDir(size, options.log, true);
  options.log(`${size} partitioned: native DuckDB over the lake…`);
  const lake = await openNative(dir, { lake: true });
  let filters: Filters;
  let widened: Filters;
  let nativeLake: Record<ChartViewId, Spread>;
  try {
    const [top] = await lake.rows<{ year: number; region: string; other: number }>(
      `SELECT year, region, (SELECT min(year) FROM agg_department_year WHERE year <> a.year) AS other
         FROM agg_department_year a GROUP BY year, region ORDER BY sum(evaluations) DESC LIMIT 1`,
    );
    filters = { ...NO_FILTERS, years: [top!.year], regions: [top!.region] };
    widened = { ...filters, years: [top!.year, top!.other] };
    nativeLake = await nativeViewTimes(lake, [filters, widened, filters]);
  } finally {
    lake.close();
  }
  const datasetBytes = Object.values(readManifest(dir).tables).flat().reduce((n, f) => n + f.bytes, 0);
  options.log(`${size} partitioned: browser…`);
  const server = await serveWithData(options.appDir, dir);
  try {
    const browser = await browserPartitionRun({ url: server.url, filters, widened, datasetBytes, loadTimeoutMs: 900_000 });
    return { size, browser, nativeLake };
  } finally {
    await server.dispose();
  }
}

export const BENCH_SIZES = Object.keys(SIZES) as SizeLabel[];
