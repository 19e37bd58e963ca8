import { VIEW_QUERIES, type ChartViewId } from '../views/viewQueries';
import type { PartitionResult, SizeResult } from './runBench';
import type { Spread } from './stats';

const ms = (x: number) => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)}` : '—');
const pair = (s: Spread) => `${ms(s.p50)} / ${ms(s.p95)}`;
const ratio = (browser: number, native: number) => (native > 0 ? `${(browser / native).toFixed(2)}×` : '—');

/** The figures as a Markdown table: one column per size, every time in ms (p50 / p95 where two). */
export function resultTable(results: readonly SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['evaluations / indicators', (r) => `${r.evaluations.toLocaleString('en-US')} / ${r.indicators.toLocaleString('en-US')}`],
    ['navigation → overview drawn (KPIs + heatmap)', (r) => ms(r.browser.overviewRendered)],
    ['navigation → DuckDB-WASM up', (r) => ms(r.browser.engineReady)],
    ['navigation → every table loaded', (r) => ms(r.browser.dataReady)],
    ['longest main-thread task while loading', (r) => ms(r.browser.longestTaskWhileLoading)],
    ['Parquet fetched (MB)', (r) => (r.browser.parquetBytes / 2 ** 20).toFixed(1)],
  ];
  for (const view of Object.keys(VIEW_QUERIES) as ChartViewId[]) {
    rows.push([`${view}: filter change → redrawn (all \\| those that sent queries)`, (r) => `${pair(r.browser.views[view].filterChange)} \\| ${r.browser.views[view].filterChangeSent ? `${pair(r.browser.views[view].filterChangeSent)} (${r.browser.views[view].filterChangeSent.n})` : '—'}`]);
    rows.push([`${view}: batch, browser \\| native (p50 ratio)`, (r) => `${pair(r.browser.views[view].batch)} \\| ${pair(r.native[view])} (${ratio(r.browser.views[view].batch.p50, r.native[view].p50)})`]);
  }
  rows.push(
    ['overview, search / rate filters: change → redrawn \\| native batch', (r) => `${pair(r.browser.detailFilterChange)} \\| ${pair(r.nativeDetail)}`],
    ['view switch → drawn', (r) => pair(r.browser.viewSwitch)],
    ['Records scrolled through: frame interval, longest frame', (r) => `${pair(r.browser.recordsScroll.frame)}, ${ms(r.browser.recordsScroll.longestFrame)} (${r.browser.recordsScroll.rows.toLocaleString('en-US')} rows)`],
    ['memory (MB): JS heap / DuckDB-WASM / renderer peak resident', (r) => `${Math.round(r.browser.jsHeapMb)} / ${Math.round(r.browser.wasmMb)} / ${Math.round(r.browser.rendererPeakMb)}`],
    ['rules recall on injected anomalies; false positives on clean forms', (r) => (r.recall ? `${(r.recall.overall * 100).toFixed(2)}% of ${r.recall.rules} rules; ${r.recall.falsePositives}` : '—')],
  );
  const head = `| figure | ${results.map((r) => r.size).join(' | ')} |\n|---|${results.map(() => '---').join('|')}|`;
  return [head, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** The partitioned runs as a Markdown table. */
export function partitionTable(results: readonly PartitionResult[]): string {
  const head = '| partitioned | opened on | → overview drawn | → its partitions loaded | longest task | Parquet fetched / dataset (MB) | + a year → redrawn (fetched MB) | native over the lake: overview / targets batch |\n|---|---|---|---|---|---|---|---|';
  return [
    head,
    ...results.map((r) => {
      const b = r.browser;
      return `| ${r.size} | ${b.opened} | ${ms(b.overviewRendered)} | ${ms(b.dataReady)} | ${ms(b.longestTaskWhileLoading)} | ${mb(b.parquetBytes)} / ${mb(b.datasetBytes)} | ${ms(b.widen)} (${mb(b.widenedBytes)}) | ${pair(r.nativeLake.overview)} / ${pair(r.nativeLake.targets)} |`;
    }),
  ].join('\n');
}
