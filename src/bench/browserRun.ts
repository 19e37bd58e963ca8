import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Filters } from '../query/filters';
import { NO_FILTERS } from '../query/filters';
import { batchMeasureName } from '../query/useQueries';
import { VIEW_QUERIES, type ChartViewId } from '../views/viewQueries';
import { hashOf } from './scenarios';
import { spread, type Spread } from './stats';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserFigures {
  /** Navigation → the overview drawn (KPIs + heatmap), ms. */
  overviewRendered: number;
  /** Navigation → DuckDB-WASM up, ms. */
  engineReady: number;
  /** Navigation → every table loaded, ms. */
  dataReady: number;
  /** Longest main-thread task between navigation and data ready, ms. */
  longestTaskWhileLoading: number;
  /** Parquet bytes the page fetched. */
  parquetBytes: number;
  /**
   * Per chart view: filter change → the view redrawn (ms), the same for the changes that sent
   * queries (filters not seen before: the others are answered from the answers kept), and its
   * batch's round trip (ms).
   */
  views: Record<ChartViewId, { filterChange: Spread; filterChangeSent: Spread; batch: Spread }>;
  /** Overview under filters only evaluations answer (search, rate range): filter change → redrawn, ms. */
  detailFilterChange: Spread;
  /** Switching view (same filters) → the new view drawn, ms. */
  viewSwitch: Spread;
  /** Records table scrolled through: frame intervals while scrolling (ms), and rows shown. */
  recordsScroll: { frame: Spread; longestFrame: number; rows: number };
  /** JS heap of the page, DuckDB-WASM's linear memory (it never shrinks: its peak), and the renderer process's peak resident memory (all of it), MB. */
  jsHeapMb: number;
  wasmMb: number;
  rendererPeakMb: number;
}

interface PageMarks {
  [name: string]: number | undefined;
}

const marks = (page: Page): Promise<PageMarks> =>
  page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));

/** Sets the URL hash and waits until the active view says it has drawn that hash (and one frame more, which paints it): ms. */
const redrawAfter = (page: Page, hash: string, timeoutMs = 120_000): Promise<number> =>
  page.evaluate(
    ({ hash, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const target = hash ? `#${hash}` : '';
        const root = document.documentElement;
        const timer = setTimeout(() => reject(new Error(`no render of ${target} in ${timeoutMs} ms (last ${root.dataset.renderedHash})`)), timeoutMs);
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - started));
        };
        const observer = new MutationObserver(() => root.dataset.renderedHash === target && done());
        observer.observe(root, { attributes: true, attributeFilter: ['data-rendered-hash'] });
        if (window.location.hash === target && root.dataset.renderedHash === target) done();
        else window.location.hash = hash;
      }),
    { hash, timeoutMs },
  );

/** Durations of the batch measures named `name` recorded since the last call (clears every measure). */
const takeBatches = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => {
    const entries = performance.getEntriesByName(n).map((e) => e.duration);
    performance.clearMeasures();
    return entries;
  }, name);

/** Waits until the print header's figures follow the hash the view was drawn for (so the next change starts from a quiet page). */
const quiet = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.printedHash === document.documentElement.dataset.renderedHash, undefined, { timeout: 60_000 });

/** The linear memory of DuckDB-WASM's worker (its module, which DuckDB-WASM's worker keeps on globalThis), MB. */
async function duckdbWasmMb(page: Page): Promise<number> {
  const worker = page.workers().find((w) => w.url().includes('duckdb-browser'));
  if (!worker) throw new Error('no DuckDB-WASM worker');
  const bytes = await worker.evaluate(() => (globalThis as unknown as { DUCKDB_BINDINGS: { mod: { HEAP8: Int8Array } } }).DUCKDB_BINDINGS.mod.HEAP8.buffer.byteLength);
  return bytes / 2 ** 20;
}

/** Peak resident memory (VmHWM) of Chromium's renderer processes, the largest, in MB. */
async function rendererPeakMb(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  let peak = 0;
  for (const p of processInfo.filter((p) => p.type === 'renderer')) {
    const status = await readFile(`/proc/${p.id}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb / 1024);
  }
  await session.detach();
  return peak;
}

/** Scrolls the Records table from top to bottom in steps and measures frame intervals while it does. */
async function scrollRecords(page: Page, hash: string): Promise<BrowserFigures['recordsScroll']> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForSelector('[data-testid="records-evaluations"][data-ready="true"]', { timeout: 120_000 });
  const result = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="records-evaluations"] .dt-scroll')!;
    const rows = Number(scroller.getAttribute('aria-rowcount') ?? 0) - 1;
    const frames: number[] = [];
    let last = performance.now();
    const steps = 60;
    for (let i = 1; i <= steps; i++) {
      scroller.scrollTop = (scroller.scrollHeight * i) / steps;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return { frames, rows };
  });
  return { frame: spread(result.frames), longestFrame: Math.max(...result.frames), rows: result.rows };
}

export interface BrowserRunOptions {
  /** The app's URL (served with the dataset under data/parquet/). */
  url: string;
  filters: readonly Filters[];
  detailFilters: readonly Filters[];
  /** Time allowed for every table to load. */
  loadTimeoutMs: number;
}

/**
 * One fresh headless Chromium on the built app: navigation to the overview (first
 * render, every table loaded, long tasks, bytes), then per chart view the filter
 * changes of `filters` (redraw latency and batch round trip), the detail filters on
 * the overview, view switches, the Records table scrolled through, and memory.
 */
/** A fresh headless Chromium with one page that counts the Parquet bytes it fetches and records long tasks. */
async function openBenchPage(): Promise<{ browser: Browser; context: BrowserContext; page: Page; parquetBytes: () => number; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  let bytes = 0;
  context.on('requestfinished', (request) => {
    if (!request.url().includes('/data/parquet/')) return;
    request.sizes().then((s) => (bytes += s.responseBodySize), () => undefined);
  });
  // tsx keeps function names with a helper (__name) that functions sent to the page call: give the page one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  await page.addInitScript(() => {
    const longTasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof longTasks }).__longTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { browser, context, page, parquetBytes: () => bytes, errors };
}

/** Navigates to `hash` and waits for the overview drawn and every file asked for loaded; returns the marks and the longest task while loading. */
async function navigate(page: Page, url: string, hash: string, timeoutMs: number): Promise<{ m: PageMarks; longestTask: number }> {
  await page.goto(`${url}#${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('evallens:view-rendered:overview').length > 0, undefined, { timeout: timeoutMs });
  await page.waitForFunction(() => document.documentElement.dataset.data === 'complete', undefined, { timeout: timeoutMs, polling: 500 });
  const m = await marks(page);
  const ready = m['evallens:data-ready'] ?? Infinity;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  return { m, longestTask: Math.max(0, ...longTasks.filter((t) => t.start <= ready).map((t) => t.duration)) };
}

export interface PartitionFigures {
  /** The year and region the page opened with. */
  opened: string;
  overviewRendered: number;
  /** Navigation → the selected partitions loaded, ms. */
  dataReady: number;
  longestTaskWhileLoading: number;
  /** Parquet bytes fetched for the selection, and in the whole dataset. */
  parquetBytes: number;
  datasetBytes: number;
  /** Adding another year to the filter → its partitions fetched and the overview redrawn, ms. */
  widen: number;
  widenedBytes: number;
}

/**
 * One fresh Chromium on a partitioned dataset, opened with one year and region: what the
 * page fetches for that selection against the whole dataset, and adding a year.
 */
export async function browserPartitionRun(options: { url: string; filters: Filters; widened: Filters; datasetBytes: number; loadTimeoutMs: number }): Promise<PartitionFigures> {
  const { browser, page, parquetBytes, errors } = await openBenchPage();
  try {
    const { m, longestTask } = await navigate(page, options.url, hashOf('overview', options.filters), options.loadTimeoutMs);
    const opened = parquetBytes();
    const widen = await redrawAfter(page, hashOf('overview', options.widened), options.loadTimeoutMs);
    await page.waitForFunction(() => document.documentElement.dataset.data === 'complete', undefined, { timeout: options.loadTimeoutMs, polling: 200 });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      opened: `${options.filters.years.join(',')} ${options.filters.regions.join(',')}`,
      overviewRendered: m['evallens:view-rendered:overview'] ?? NaN,
      dataReady: m['evallens:data-ready'] ?? NaN,
      longestTaskWhileLoading: longestTask,
      parquetBytes: opened,
      datasetBytes: options.datasetBytes,
      widen,
      widenedBytes: parquetBytes(),
    };
  } finally {
    await browser.close();
  }
}

/**
 * One fresh headless Chromium on the built app: navigation to the overview (first
 * render, every table loaded, long tasks, bytes), then per chart view the filter
 * changes of `filters` (redraw latency and batch round trip), the detail filters on
 * the overview, view switches, the Records table scrolled through, and memory.
 */
export async function browserRun(options: BrowserRunOptions): Promise<BrowserFigures> {
  const { browser, context, page, parquetBytes, errors } = await openBenchPage();
  try {
    const { m, longestTask: longestTaskWhileLoading } = await navigate(page, options.url, hashOf('overview', NO_FILTERS), options.loadTimeoutMs);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const dataReady = m['evallens:data-ready'] ?? NaN;

    const views = {} as BrowserFigures['views'];
    for (const view of Object.keys(VIEW_QUERIES) as ChartViewId[]) {
      await redrawAfter(page, hashOf(view, NO_FILTERS));
      await quiet(page);
      const latencies: number[] = [];
      const sent: number[] = [];
      const batches: number[] = [];
      for (const f of options.filters) {
        await takeBatches(page, '');
        const latency = await redrawAfter(page, hashOf(view, f));
        latencies.push(latency);
        const round = await takeBatches(page, batchMeasureName(VIEW_QUERIES[view](f)));
        if (round.length > 0) sent.push(latency);
        batches.push(...round);
        await quiet(page);
      }
      views[view] = { filterChange: spread(latencies), filterChangeSent: spread(sent), batch: spread(batches) };
    }
    await redrawAfter(page, hashOf('overview', NO_FILTERS));
    const detail: number[] = [];
    for (const f of options.detailFilters) {
      await quiet(page);
      detail.push(await redrawAfter(page, hashOf('overview', f)));
    }
    const switches: number[] = [];
    const order = Object.keys(VIEW_QUERIES) as ChartViewId[];
    for (let round = 0; round < 2; round++) {
      for (const view of order) {
        await quiet(page);
        switches.push(await redrawAfter(page, hashOf(view, NO_FILTERS)));
      }
    }
    const recordsScroll = await scrollRecords(page, hashOf('records', NO_FILTERS));
    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const figures: BrowserFigures = {
      overviewRendered: m['evallens:view-rendered:overview'] ?? NaN,
      engineReady: m['evallens:engine-ready'] ?? NaN,
      dataReady,
      longestTaskWhileLoading,
      parquetBytes: parquetBytes(),
      views,
      detailFilterChange: spread(detail),
      viewSwitch: spread(switches),
      recordsScroll,
      jsHeapMb: heap.usedSize / 2 ** 20,
      wasmMb: await duckdbWasmMb(page),
      rendererPeakMb: await rendererPeakMb(browser),
    };
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return figures;
  } finally {
    await browser.close();
  }
}
