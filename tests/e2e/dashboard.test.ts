import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatInt, formatMoney } from '../../src/i18n/format';
import { SCREENSHOT_DIR, openApp, openSettled, screenshot, settle } from './support/browser';
import { parquetPath } from '../query/contractDb';
import { EVALUATIONS_PARQUET, appSession } from './support/session';

const TRIP = '市本级因公出国(境)经费';

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).innerText();
const chartItems = (page: Page, id: string) => page.locator(`[data-chart-items="${id}"] li`).allInnerTexts();
const chips = (page: Page) => page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')));

async function showView(page: Page, view: string): Promise<void> {
  await page.click(`[data-view="${view}"]`);
  await page.waitForSelector(`[data-active-view="${view}"]`);
  await settle(page);
}

describe('dashboard (built app in headless Chromium)', () => {
  const session = appSession();

  it('overview shows the corpus totals, the same as SQL on the same Parquet, fetching nothing from another origin', async () => {
    const { page } = session.browser;
    await openSettled(page);
    const [totals] = await session.sql.rows<{ projects: number; budget: number; executed: number }>(
      `SELECT count(*)::INTEGER AS projects, sum(budget_full_year) AS budget, sum(executed) AS executed FROM ${EVALUATIONS_PARQUET}`,
    );
    expect(totals?.projects).toBe(51);
    expect(await kpi(page, 'projects')).toBe(formatInt(totals?.projects));
    expect(await kpi(page, 'budget')).toBe(formatMoney(totals?.budget));
    expect(await kpi(page, 'executed')).toBe(formatMoney(totals?.executed));
    expect(await kpi(page, 'flagged')).toBe('50'); // the forms with a finding under the default settings (all but one)
    await screenshot(page, '1-overview');
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.errors).toEqual([]);
  });

  it('every view renders its charts without a query error, in both languages', async () => {
    const { page } = session.browser;
    await openApp(page);
    // Each view's charts (the execution view's third: the corpus has budgets changed during the year).
    const charts = { overview: 1, execution: 3, inflation: 2, targets: 1, compare: 2 };
    for (const [n, [view, count]] of Object.entries(charts).entries()) {
      await showView(page, view);
      expect(await page.locator('.query-error').count(), view).toBe(0);
      expect(await page.locator('[data-chart] canvas').count(), view).toBeGreaterThan(0);
      expect(await page.locator('[data-chart]:has(canvas)').count(), view).toBe(count);
      await screenshot(page, `view-${n + 1}-${view}`);
    }
    await page.click('[data-testid="lang-toggle"]');
    await settle(page);
    expect(await page.locator('.view-head h1').innerText()).toBe('Compare');
    await screenshot(page, 'view-5-compare-en');
    expect(session.browser.errors).toEqual([]);
  });

  it('filtering to 2024 + 淮南市 shows exactly that document’s projects', async () => {
    const { page } = session.browser;
    await openApp(page);
    await page.selectOption('[data-filter="year"]', '2024');
    await page.selectOption('[data-filter="region"]', '淮南市');
    await settle(page);
    expect(await chips(page)).toEqual(['years:2024', 'regions:淮南市']);
    const expected = await session.sql.rows<{ project: string; year: number }>(
      `SELECT project, year FROM ${EVALUATIONS_PARQUET} WHERE source_file = '000_82397be2bbd94de5.txt' AND execution_rate IS NOT NULL`,
    );
    const [count] = await session.sql.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${EVALUATIONS_PARQUET} WHERE source_file = '000_82397be2bbd94de5.txt'`);
    expect(await kpi(page, 'projects')).toBe(formatInt(count?.n));
    await showView(page, 'execution');
    const items = await chartItems(page, 'execution-ranking');
    expect(items.map((i) => i.replace(/: [\d.]+%( \(填报 [\d.]+%\))?$/, '')).sort()).toEqual(expected.map((e) => `${e.project} · ${e.year}`).sort());
    expect(items).toContain(`${TRIP} · 2024: 30.94%`);
    await screenshot(page, '2-execution-2024-huainan');
  });

  it(`${TRIP} appears with 30.94% (43.31 ÷ 140.00) in the execution view and in the inflation quadrant`, async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=execution');
    expect(await chartItems(page, 'execution-ranking')).toContain(`${TRIP} · 2024: 30.94%`);
    await screenshot(page, '2-execution');
    await showView(page, 'inflation');
    const row = page.locator('[data-testid="inflation-quadrant"] tr', { hasText: TRIP });
    await expect(row.innerText()).resolves.toContain('30.94%');
    await expect(row.innerText()).resolves.toContain('93.09');
    await screenshot(page, '3-inflation');
    await row.click();
    await page.waitForFunction(() => decodeURIComponent(window.location.hash).includes('eval=000_82397be2bbd94de5.txt#10'));
    await page.locator('[data-testid="drilldown"]').waitFor();
  });

  it('clicking a department bar filters the other views', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=inflation');
    const departments = (await chartItems(page, 'inflation-full-marks')).map((i) => i.replace(/: [\d.]+%( \(填报 [\d.]+%\))?$/, ''));
    const target = departments.indexOf('淮南市人民政府办公室');
    expect(target).toBeGreaterThanOrEqual(0);
    // Find the bars on the canvas by their colour, top to bottom (= category order), and click the target's.
    const point = await page.locator('[data-chart="inflation-full-marks"] canvas').evaluate((canvas: HTMLCanvasElement, index: number) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      const { width, height } = canvas;
      const pixels = ctx.getImageData(0, 0, width, height).data;
      const isBar = (x: number, y: number) => {
        const o = (y * width + x) * 4;
        return pixels[o] === 8 && pixels[o + 1] === 48 && pixels[o + 2] === 107; // CATEGORICAL[0] #08306b
      };
      const bars: { top: number; bottom: number; left: number }[] = [];
      for (let y = 0; y < height; y++) {
        let left = -1;
        for (let x = 0; x < width && left < 0; x++) if (isBar(x, y)) left = x;
        const last = bars.at(-1);
        if (left >= 0 && last && last.bottom === y - 1) last.bottom = y;
        else if (left >= 0) bars.push({ top: y, bottom: y, left });
      }
      const bar = bars[index];
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      return bar ? { x: (bar.left + 4) / ratio, y: (bar.top + bar.bottom) / 2 / ratio } : null;
    }, target);
    expect(point).not.toBeNull();
    await page.locator('[data-chart="inflation-full-marks"] canvas').click({ position: point ?? { x: 0, y: 0 } });
    await settle(page);
    expect(await chips(page)).toEqual(['departments:淮南市人民政府办公室']);
    const [count] = await session.sql.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${EVALUATIONS_PARQUET} WHERE department = '淮南市人民政府办公室'`);
    await showView(page, 'overview');
    expect(await kpi(page, 'projects')).toBe(formatInt(count?.n));
    expect(await chartItems(page, 'overview-heatmap')).toEqual([expect.stringMatching(/^淮南市人民政府办公室 · 2024: /)]);
    await showView(page, 'compare');
    expect((await chartItems(page, 'compare-departments')).length).toBe(1);
    await screenshot(page, '5-compare-filtered');
  });

  it('a copied URL reopens the same state', async () => {
    const { page } = session.browser;
    await openApp(page, 'view=targets');
    await page.selectOption('[data-filter="year"]', '2020');
    await page.fill('[data-filter="search"]', '经费');
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => window.location.hash.includes('q='));
    await settle(page);
    const url = page.url();
    const before = await page.locator('[data-testid="target-issues"] h2').innerText();
    await screenshot(page, '4-targets-2020-en');

    const other = await session.browser.context.newPage();
    await other.goto(url);
    await other.waitForSelector('[data-active-view="targets"]', { timeout: 60_000 });
    await settle(other);
    expect(await chips(other)).toEqual(['years:2020', 'search']);
    expect(await other.locator('[data-view="targets"]').innerText()).toBe('Target vs actual');
    expect(await other.locator('[data-filter="search"]').inputValue()).toBe('经费');
    expect(await other.locator('[data-testid="target-issues"] h2').innerText()).toBe(before);
    await other.close();
  });

  it('draws a long list only where it is seen, and every row of it printed (the targets list: 52 indicators)', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=targets');
    const [issues] = await session.sql.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet('${parquetPath('indicator_issues')}')`);
    expect(issues?.n).toBe(52);
    const list = page.locator('[data-testid="target-issues"]');
    const drawn = () => list.locator('tbody tr[data-eval-id]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('aria-rowindex'))));
    expect(await list.locator('h2').innerText()).toMatch(/\(52\)$/);
    const first = await drawn();
    // The rows in the box and a few beyond it, from the first (row 1 is the header).
    expect(first[0]).toBe(2);
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan(40);
    await list.locator('.scroll').evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await page.waitForFunction(() => document.querySelector('[data-testid="target-issues"] tbody tr[aria-rowindex="53"]') !== null);
    expect((await drawn()).at(-1)).toBe(53);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await drawn()).toEqual(Array.from({ length: 52 }, (_, i) => i + 2));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="target-issues"] tbody tr[data-eval-id]').length < 40);
  });

  it('exports the chart as PNG (2×, title drawn in)', async () => {
    const { page } = session.browser;
    await openSettled(page);
    const figure = page.locator('[data-chart="overview-heatmap"]');
    const box = await figure.locator('.chart-canvas').boundingBox();
    const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-export="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/^evallens-overview-heatmap-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync((await png.path()) ?? '');
    await png.saveAs(join(SCREENSHOT_DIR, 'export-overview-heatmap.png'));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Math.abs(bytes.readUInt32BE(16) - (box?.width ?? 0) * 2)).toBeLessThanOrEqual(2);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan((box?.height ?? 0) * 2);
  });
});
