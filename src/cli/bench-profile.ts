/**
 * npm run bench:profile [-- --size M] [--view overview] [--changes 12]
 * Where a filter change's time goes in the production build (with source maps) in headless
 * Chromium: for each change of the bench's filter sequence on one view, the page's own
 * performance entries split it into hash → batch sent (React), the batch's round trip (each
 * query's answer, Arrow → columns), batch answered → charts' `setOption` (React render),
 * `setOption`, and → the frame that shows it; a CPU profile of the main thread over all the
 * changes gives its self time by package (react-dom, echarts, apache-arrow, duckdb-wasm, the
 * app), garbage collection and idle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM } from '../bench/browserRun';
import { datasetDir, type SizeLabel } from '../bench/datasets';
import { openNative } from '../bench/nativeReference';
import { filterSequence, hashOf } from '../bench/scenarios';
import { buildApp, serveWithData } from '../bench/servedApp';
import { spread } from '../bench/stats';
import { NO_FILTERS } from '../query/filters';
import type { ChartViewId } from '../views/viewQueries';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'M' }, view: { type: 'string', default: 'overview' }, changes: { type: 'string', default: '12' } },
});
const size = values.size as SizeLabel;
const view = values.view as ChartViewId;
const log = (line: string) => console.log(`[profile] ${line}`);

const dir = await datasetDir(size, log);
const native = await openNative(dir);
// The warm-up's filters are other values of the same shapes (answers are kept per filter state: a repeat would be no round trip).
const changes = Number(values.changes);
const sequence = await filterSequence(native, 2 * changes + 12);
const warmUp = sequence.slice(changes + 12);
const filters = sequence.slice(0, changes);
native.close();
log('building the app with source maps…');
const appDir = await buildApp({ sourcemap: true });
const server = await serveWithData(appDir, dir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  log('loading the page…');
  await page.goto(`${server.url}#${hashOf(view, NO_FILTERS)}`);
  await page.waitForFunction(() => document.documentElement.dataset.data === 'complete', undefined, { timeout: 300_000, polling: 500 });
  const redraw = (hash: string) =>
    page.evaluate(
      (hash) =>
        new Promise<void>((resolve) => {
          const root = document.documentElement;
          const target = hash ? `#${hash}` : '';
          const done = () => {
            observer.disconnect();
            requestAnimationFrame(() => {
              performance.mark('evallens:painted');
              resolve();
            });
          };
          const observer = new MutationObserver(() => root.dataset.renderedHash === target && done());
          observer.observe(root, { attributes: true, attributeFilter: ['data-rendered-hash'] });
          if (window.location.hash === target) done();
          else window.location.hash = hash;
        }),
      hash,
    );
  const quiet = () => page.waitForFunction(() => document.documentElement.dataset.printedHash === document.documentElement.dataset.renderedHash, undefined, { timeout: 60_000 });
  log('warming up…');
  // Warm up on the same shapes with other values (prepared statements, ECharts' first draws).
  for (const f of warmUp) {
    await redraw(hashOf(view, f));
    await quiet();
  }
  await redraw(hashOf(view, NO_FILTERS));
  await quiet();

  log('measuring…');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  type Entry = { name: string; start: number; duration: number; type: string };
  const rows: Record<string, number>[] = [];
  let shown = hashOf(view, NO_FILTERS);
  for (const f of filters) {
    if (hashOf(view, f) === shown) continue;
    shown = hashOf(view, f);
    await page.evaluate(() => {
      performance.clearMarks();
      performance.clearMeasures();
    });
    await redraw(hashOf(view, f));
    const entries = await page.evaluate(() =>
      performance.getEntries().filter((e) => e.name.startsWith('evallens:')).map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, type: e.entryType })),
    ) as Entry[];
    const first = (prefix: string) => entries.find((e) => e.name.startsWith(prefix));
    const hash = first('evallens:hashchange')!.start;
    const painted = first('evallens:painted')!.start;
    const batch = entries.find((e) => e.name.startsWith('evallens:batch:') && !e.name.includes('filterOptions'));
    const queries = entries.filter((e) => e.name.startsWith('evallens:query:'));
    const converts = entries.filter((e) => e.name.startsWith('evallens:convert:'));
    const setOptions = entries.filter((e) => e.name.startsWith('evallens:setOption:'));
    const batchEnd = batch ? batch.start + batch.duration : hash;
    const row: Record<string, number> = {
      total: painted - hash,
      'hash → batch sent': (batch?.start ?? hash) - hash,
      'batch round trip': batch?.duration ?? 0,
      'Arrow → columns': converts.reduce((n, e) => n + e.duration, 0),
      'answered → setOption (React)': (setOptions[0]?.start ?? batchEnd) - batchEnd,
      setOption: setOptions.reduce((n, e) => n + e.duration, 0),
      'setOption → painted': painted - (setOptions.length ? Math.max(...setOptions.map((e) => e.start + e.duration)) : batchEnd),
      queries: queries.length,
    };
    // Each query's own time: from the previous one's answer (they run one after another in the worker).
    let previous = batch?.start ?? 0;
    for (const q of [...queries].sort((a, b) => a.start + a.duration - (b.start + b.duration))) {
      const end = q.start + q.duration;
      row[q.name.replace('evallens:query:', 'query ')] = end - Math.max(previous, q.start);
      previous = end;
    }
    rows.push(row);
    await quiet();
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };

  console.log(`\n${size}, view ${view}, ${filters.length} filter changes after a warm-up: ms, p50 / p95 / mean\n`);
  // Every row's keys; a query's own time over the changes that sent it (one answered from the answers kept has none).
  for (const key of [...new Set(rows.flatMap((r) => Object.keys(r)))]) {
    const values = key.startsWith('query ') ? rows.flatMap((r) => (key in r ? [r[key]!] : [])) : rows.map((r) => r[key] ?? 0);
    const s = spread(values);
    const mean = values.reduce((n, v) => n + v, 0) / values.length;
    const label = key.startsWith('query ') ? `${key} (${values.length})` : key;
    console.log(`${label.padEnd(48)} ${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)} ${mean.toFixed(1).padStart(7)}`);
  }
  for (const [label, subset] of [
    ['changes that sent queries (first time under those filters)', rows.filter((r) => (r.queries ?? 0) > 0)],
    ['changes answered from answers kept (filters seen before)', rows.filter((r) => (r.queries ?? 0) === 0)],
  ] as const) {
    const s = spread(subset.map((r) => r.total ?? 0));
    console.log(`total, ${label}: ${subset.length ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}` : '—'} (${subset.length})`);
  }
  console.log('\nmain thread over those changes, self time by where the code comes from (CPU profile, source-mapped):\n');
  for (const [where, ms] of selfTimeBySource(profile, appDir)) console.log(`${where.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`);
} finally {
  await browser.close();
  await server.dispose();
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The profile's self time grouped by package (node_modules/<name>), app directory (src/<dir>), or V8's own entries. */
function selfTimeBySource(profile: Profile, appDir: string): [string, number][] {
  const maps = new Map<string, SourceMapConsumer | null>();
  const consumer = (url: string) => {
    if (!maps.has(url)) {
      const file = url.split('/evallens/')[1]?.split('?')[0];
      let map: SourceMapConsumer | null = null;
      try {
        if (file) map = new SourceMapConsumer(JSON.parse(readFileSync(join(appDir, `${file}.map`), 'utf8')));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  const where = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let label = functionName.startsWith('(') ? functionName : url ? 'other script' : `(native) ${functionName}`;
    const map = url ? consumer(url) : null;
    if (map) {
      const source = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source ?? '';
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
      const app = /src\/([^/]+)/.exec(source)?.[1];
      label = pkg ? pkg : app ? `src/${app}` : source || url;
    } else if (url && !url.includes('/evallens/')) label = url;
    where.set(node.id, label);
  }
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const label = where.get(id) ?? '?';
    totals.set(label, (totals.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 16);
}
