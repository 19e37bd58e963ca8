import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveWithData } from '../../src/bench/servedApp';
import type { DatasetManifest } from '../../src/contract/manifest';
import { relayout } from '../../src/store/relayout';
import { PARQUET_DIR } from '../query/contractDb';
import { launchBrowser, settle, type Browser } from './support/browser';

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).innerText();
/** The dataset files the page requested (partition paths percent-decoded once, as they are on disk). */
const dataFiles = (requests: readonly string[]) =>
  requests.filter((url) => url.includes('/data/parquet/')).map((url) => decodeURIComponent(url.split('/data/parquet/')[1]!.split('#')[0]!));

describe('a partitioned dataset (year/region Hive layout)', () => {
  let lake: string;
  let manifest: DatasetManifest;
  let server: Awaited<ReturnType<typeof serveWithData>>;
  let browser: Browser;
  beforeAll(async () => {
    lake = join(mkdtempSync(join(tmpdir(), 'evallens-lake-')), 'parquet');
    await relayout(PARQUET_DIR, lake, true);
    manifest = JSON.parse(readFileSync(join(lake, 'dataset.json'), 'utf8')) as DatasetManifest;
    server = await serveWithData(inject('appDir'), lake);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    rmSync(join(lake, '..'), { recursive: true, force: true });
  });

  it('fetches only the partitions the filters select, and the others when a filter asks for them', async () => {
    const { page, requests } = browser;
    const partitions = (table: 'evaluations' | 'indicators', year: number) => manifest.tables[table].filter((f) => f.year === year).map((f) => f.path);
    expect(partitions('evaluations', 2024)).toEqual([`evaluations/year=2024/region=${encodeURIComponent('淮南市')}/data_0.parquet`]);

    await page.goto(`${server.url}#year=2024&region=${encodeURIComponent('淮南市')}`);
    await page.waitForSelector('[data-active-view]');
    await settle(page);
    expect(await kpi(page, 'projects')).toBe('10');
    const first = dataFiles(requests);
    expect(first).toContain(partitions('evaluations', 2024)[0]);
    expect(first).toContain(partitions('indicators', 2024)[0]);
    expect(first.filter((f) => f.startsWith('evaluations/') || f.startsWith('indicators/')).sort()).toEqual(
      [...partitions('evaluations', 2024), ...partitions('indicators', 2024)].sort(),
    );

    // Widening to 2020 (湘西自治州's year) fetches its partitions: 10 + 11 forms.
    await page.evaluate(() => (window.location.hash = 'year=2024&year=2020'));
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '21');
    await settle(page);
    const after = dataFiles(requests);
    expect(after).toContain(partitions('evaluations', 2020)[0]);
    expect(after.filter((f) => f.startsWith('evaluations/')).sort()).toEqual([...partitions('evaluations', 2024), ...partitions('evaluations', 2020)].sort());
    expect(requests.filter((url) => !url.startsWith(new URL(server.url).origin))).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
