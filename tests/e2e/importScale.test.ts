/**
 * Importing at scale in the built app (headless Chromium): the five corpus documents (copies
 * under new names, so they are new sources), then 1,000 files of one form each. Measures files
 * and forms per second (read and recognised in the import workers until every file is listed
 * for review; then merged, flags rebuilt and stored) and the page's longest main-thread task
 * over both steps, and writes them to tests/.artifacts/import-scale.json (the README's figures).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSettled, type Browser } from './support/browser';
import { acceptAll, closeImportPanel, importsSettled, kpi, pickFiles } from './support/imports';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACT = join(ROOT, 'tests/.artifacts/import-scale.json');
const FILES = 1000;

interface Step {
  files: number;
  forms: number;
  readSeconds: number;
  mergeSeconds: number;
  /** The longest main-thread task over the whole import, and over what follows the hand-over (tasks starting ≥ 1 s after the files were picked). */
  longestTaskMs: number;
  longestTaskAfterHandOverMs: number;
  heapMbBefore: number;
  heapMbAfter: number;
}

/** Picks the files, accepts them all, and measures each step and the longest main-thread task over both. */
async function timedImport(page: Page, paths: readonly string[], forms: number): Promise<Step> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][]; picked: number };
    w.longTasks = [];
    w.picked = performance.now();
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime - w.picked, e.duration]))).observe({ type: 'longtask' });
  });
  const heap = () => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20);
  const heapMbBefore = await heap();
  const t0 = Date.now();
  await pickFiles(page, paths);
  const t1 = Date.now();
  await acceptAll(page);
  const t2 = Date.now();
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: [number, number][] }).longTasks);
  const longest = (from: number) => Math.round(Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, duration]) => duration)));
  return { files: paths.length, forms, readSeconds: (t1 - t0) / 1000, mergeSeconds: (t2 - t1) / 1000, longestTaskMs: longest(-Infinity), longestTaskAfterHandOverMs: longest(1000), heapMbBefore, heapMbAfter: await heap() };
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
    steps.corpus = await timedImport(page, paths, 51);
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '102');
  }, 300_000);

  it('imports 1,000 files of one form each', async () => {
    const { page } = browser;
    const dir = join(work, 'thousand');
    mkdirSync(dir);
    const form = readFileSync(join(ROOT, 'tests/fixtures/formats/form.txt'), 'utf8');
    const paths = Array.from({ length: FILES }, (_, i) => {
      const path = join(dir, `form-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, form.replaceAll('农村饮水安全工程维修养护项目', `农村饮水安全工程维修养护项目（第${i + 1}批）`));
      return path;
    });
    steps.thousand = await timedImport(page, paths, FILES);
    await closeImportPanel(page);
    await page.waitForFunction((n) => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === n, (102 + FILES).toLocaleString('en-US'), { timeout: 120_000 });
    expect(await kpi(page, 'projects')).toBe((102 + FILES).toLocaleString('en-US'));
    expect(browser.errors).toEqual([]);
  }, 900_000);
});
