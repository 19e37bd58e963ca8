/**
 * Importing at scale in the built app (headless Chromium): the five corpus documents (copies
 * under new names, so they are new sources), then 1,000 files of one form each picked with the
 * file picker, then 1,000 others in a folder dropped on the page. Measures files and forms per
 * second (read and recognised in the import workers until every file is listed for review; then
 * merged, flags rebuilt and stored) and the page's longest main-thread task over both steps,
 * and writes them to tests/.artifacts/import-scale.json (the README's figures).
 *
 * The task that hands picked files to the page is split in two: Chromium's own part (it makes
 * the FileList before the page hears of it: a synchronous call to the browser per file for its
 * MIME type) and the page's (from `addFiles`' `import:hand-over` mark to the task's end).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSettled, type Browser } from './support/browser';
import { acceptAll, closeImportPanel, dropFolder, importsSettled, kpi, openImportPanel, pickFiles } from './support/imports';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACT = join(ROOT, 'tests/.artifacts/import-scale.json');
const FILES = 1000;

interface Step {
  files: number;
  forms: number;
  readSeconds: number;
  mergeSeconds: number;
  /** The longest main-thread task over the whole import, and over what follows the hand-over (tasks starting after the task the files came in with, or after the page had them). */
  longestTaskMs: number;
  longestTaskAfterHandOverMs: number;
  /** The long task the files came in with, if it was one: Chromium's part before the page's handler ran, and the page's part. */
  handOverTask: { chromiumMs: number; pageMs: number } | null;
  /** The longest task while the accepted files were merged, flags rebuilt and stored. */
  longestMergeTaskMs: number;
  heapMbBefore: number;
  heapMbAfter: number;
  /** Every long task: start (ms after the step began) and duration. */
  longTasks: [number, number][];
}

/** Hands the files over (`hand`: picked or dropped, until all are read), accepts them all, and measures each step and the longest main-thread task over both. */
async function timedImport(page: Page, hand: () => Promise<void>, files: number, forms: number): Promise<Step> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][]; picked: number; longTaskObserver?: PerformanceObserver };
    w.longTasks = [];
    w.picked = performance.now();
    performance.clearMarks('import:hand-over');
    w.longTaskObserver?.disconnect();
    w.longTaskObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime - w.picked, e.duration])));
    w.longTaskObserver.observe({ type: 'longtask' });
  });
  const heap = () => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20);
  const heapMbBefore = await heap();
  const t0 = Date.now();
  await hand();
  const t1 = Date.now();
  const merging = await page.evaluate(() => performance.now() - (window as unknown as { picked: number }).picked);
  await acceptAll(page);
  const t2 = Date.now();
  const { tasks, handOverAt } = await page.evaluate(() => ({
    tasks: (window as unknown as { longTasks: [number, number][] }).longTasks,
    handOverAt: (performance.getEntriesByName('import:hand-over')[0]?.startTime ?? NaN) - (window as unknown as { picked: number }).picked,
  }));
  const longest = (from: number) => Math.round(Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, duration]) => duration)));
  const carrier = tasks.find(([start, duration]) => start <= handOverAt && handOverAt <= start + duration);
  const handedOver = carrier ? carrier[0] + carrier[1] : Number.isNaN(handOverAt) ? 1000 : handOverAt;
  return {
    files,
    forms,
    readSeconds: (t1 - t0) / 1000,
    mergeSeconds: (t2 - t1) / 1000,
    longestTaskMs: longest(-Infinity),
    longestTaskAfterHandOverMs: longest(handedOver),
    handOverTask: carrier ? { chromiumMs: Math.round(handOverAt - carrier[0]), pageMs: Math.round(carrier[0] + carrier[1] - handOverAt) } : null,
    longestMergeTaskMs: longest(merging),
    heapMbBefore,
    heapMbAfter: await heap(),
    longTasks: tasks.map(([start, duration]) => [Math.round(start), Math.round(duration)]),
  };
}

/** `n` files of the one-form fixture under `dir` named `<prefix>form-NNNN.txt`, each its own project (`label` and its number in the project's name). */
function oneFormFiles(dir: string, n: number, label: string, prefix = ''): string[] {
  mkdirSync(dir);
  const form = readFileSync(join(ROOT, 'tests/fixtures/formats/form.txt'), 'utf8');
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${prefix}form-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, form.replaceAll('农村饮水安全工程维修养护项目', `农村饮水安全工程维修养护项目（${label}第${i + 1}批）`));
    return path;
  });
}

describe('importing at scale: five corpus documents, then 1,000 forms', () => {
  let browser: Browser;
  let work: string;
  const steps: Record<string, Step> = {};
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'evallens-scale-'));
    browser = await launchBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(ROOT, 'tests/.artifacts'), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(steps, null, 2)}\n`);
    console.log(JSON.stringify(steps, null, 2));
  });

  it('imports the five corpus documents', async () => {
    const { page } = browser;
    await openSettled(page);
    await importsSettled(page);
    const dir = join(work, 'corpus');
    mkdirSync(dir);
    // The same text under another name and one more line: new sources, not duplicates of the built-in ones.
    const paths = readdirSync(join(ROOT, 'data/raw')).map((name) => {
      const path = join(dir, `copy-${name}`);
      writeFileSync(path, `${readFileSync(join(ROOT, 'data/raw', name), 'utf8')}\n`);
      return path;
    });
    steps.corpus = await timedImport(page, () => pickFiles(page, paths), paths.length, 51);
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '102');
  }, 300_000);

  it('imports 1,000 files of one form each, picked', async () => {
    const { page } = browser;
    const paths = oneFormFiles(join(work, 'thousand'), FILES, '');
    steps.thousand = await timedImport(page, () => pickFiles(page, paths), FILES, FILES);
    await closeImportPanel(page);
    await page.waitForFunction((n) => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === n, (102 + FILES).toLocaleString('en-US'), { timeout: 120_000 });
    expect(await kpi(page, 'projects')).toBe((102 + FILES).toLocaleString('en-US'));
    expect(browser.errors).toEqual([]);
  }, 900_000);

  it('imports 1,000 more in a folder dropped on the page', async () => {
    const { page } = browser;
    const dir = join(work, 'folder');
    oneFormFiles(dir, FILES, '文件夹', 'folder-');
    await openImportPanel(page);
    await page.click('[data-testid="import-clear"]');
    steps.folder = await timedImport(page, () => dropFolder(page, dir, FILES), FILES, FILES);
    await closeImportPanel(page);
    await page.waitForFunction((n) => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === n, (102 + 2 * FILES).toLocaleString('en-US'), { timeout: 120_000 });
    expect(await kpi(page, 'projects')).toBe((102 + 2 * FILES).toLocaleString('en-US'));
    expect(browser.errors).toEqual([]);
  }, 900_000);
});
