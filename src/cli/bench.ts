/**
 * npm run bench [-- --sizes S,M,L] [--changes 30] [--partitioned L]
 * Measures the production build in headless Chromium (Debian's) on synthetic datasets
 * of 10k (S), 100k (M) and 1M (L) evaluations — and `corpus`, the five documents —
 * beside native DuckDB running the same view queries over the same tables: navigation
 * → first full render of the overview and → every table loaded, the longest main-thread
 * task while loading, each view's batch round trip and filter-change latency (p50,
 * p95), view switches, the Records table scrolled through, memory, and the rules'
 * recall on the injected anomalies. Prints a table and writes bench/results.json.
 * `--partitioned` sizes (default L; '' for none) are also measured written as year/region
 * partitions: the page opened on one year and region, fetching only its partitions.
 * Datasets are synthesized into bench/data/<size>/ the first time (seed 1).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type SizeLabel } from '../bench/datasets';
import { partitionTable, resultTable } from '../bench/report';
import { BENCH_SIZES, benchPartitioned, benchSize, type PartitionResult, type SizeResult } from '../bench/runBench';
import { buildApp } from '../bench/servedApp';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: 'S,M,L' }, changes: { type: 'string', default: '30' }, partitioned: { type: 'string', default: 'L' } },
});
const sizes = (values.sizes as string).split(',').map((s) => s.trim()) as SizeLabel[];
for (const size of sizes) if (!BENCH_SIZES.includes(size)) throw new Error(`unknown size ${size} (one of ${BENCH_SIZES.join(', ')})`);
const changes = Number(values.changes);

const log = (line: string) => console.log(`[bench] ${line}`);
log('building the app…');
const appDir = await buildApp();
const partitionedSizes = (values.partitioned as string).split(',').map((s) => s.trim()).filter((s) => s && s !== 'corpus') as SizeLabel[];
const results: SizeResult[] = [];
const partitions: PartitionResult[] = [];
try {
  for (const size of sizes) results.push(await benchSize(size, { appDir, changes, log }));
  for (const size of partitionedSizes) partitions.push(await benchPartitioned(size, { appDir, changes, log }));
} finally {
  rmSync(appDir, { recursive: true, force: true });
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
const date = new Date().toISOString().slice(0, 10);
console.log(`\n${date}, ${machine}, headless Chromium (/usr/bin/chromium); times in ms, p50 / p95\n`);
console.log(resultTable(results));
if (partitions.length) console.log(`\n${partitionTable(partitions)}`);
writeFileSync('bench/results.json', `${JSON.stringify({ date, machine, results, partitions }, null, 2)}\n`);
log('wrote bench/results.json');
