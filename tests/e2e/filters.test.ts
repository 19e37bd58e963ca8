import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatInt } from '../../src/i18n/format';
import { parquetPath } from '../query/contractDb';
import { openApp, openSettled, screenshot, settle } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { EVALUATIONS_PARQUET, appSession } from './support/session';

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).innerText();
const chips = (page: Page) => page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')));
const hashParam = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);

describe('filters, compare view and first screen (built app in headless Chromium)', () => {
  const session = appSession();
  const formsIn = async (years: number[]) => {
    const [row] = await session.sql.rows<{ n: number }>(`SELECT count(*)::INTEGER n FROM ${EVALUATIONS_PARQUET} WHERE year IN (${years.join(', ')})`);
    return row!.n;
  };

  it('a plain year pick replaces the selection (2021, then 2024: only 2024); 多选 ticks several', async () => {
    const { page } = session.browser;
    await openSettled(page);
    await page.selectOption('[data-filter="year"]', '2021');
    await settle(page);
    expect(await chips(page)).toEqual(['years:2021']);
    expect(await kpi(page, 'projects')).toBe(formatInt(await formsIn([2021])));

    await page.selectOption('[data-filter="year"]', '2024');
    await settle(page);
    expect(await chips(page)).toEqual(['years:2024']);
    expect(await hashParam(page, 'year')).toBe('2024');
    expect(await formsIn([2024])).toBe(10);
    expect(await kpi(page, 'projects')).toBe('10');

    // 多选: tick 2021 beside 2024; the select then says how many are chosen.
    await page.click('[data-filter-multi="year"] summary');
    await page.locator('[data-filter-multi="year"] input[value="2021"]').check();
    await settle(page);
    expect((await chips(page)).sort()).toEqual(['years:2021', 'years:2024']);
    expect(await kpi(page, 'projects')).toBe(formatInt(await formsIn([2021, 2024])));
    expect(await page.locator('[data-filter="year"] option:checked').innerText()).toBe('已选 2 项');
    expect(await page.locator('[data-filter-multi="year"] input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['2021', '2024']);
    await screenshot(page, '12-filter-bar-multi');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-filter-multi="year"] .filter-multi-list').count()).toBe(0);

    // A plain pick again replaces both.
    await page.selectOption('[data-filter="year"]', '2020');
    await settle(page);
    expect(await chips(page)).toEqual(['years:2020']);
    expect(await kpi(page, 'projects')).toBe(formatInt(await formsIn([2020])));
    await screenshot(page, '12-filter-bar');
    expect(session.browser.errors).toEqual([]);
  });

  it('the 执行率 range applies as you type, after a pause, without Enter (at most 20 %: 6 forms; the 2 typed first never applies)', async () => {
    const { page } = session.browser;
    await page.goto('about:blank');
    await openSettled(page, 'view=records');
    await tableReady(page, 'records-evaluations');
    // Every hash the page goes through while typing.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenHashes: string[] }).seenHashes = seen;
      setInterval(() => seen.at(-1) !== location.hash && seen.push(location.hash), 10);
    });
    await page.click('[data-filter="rateMax"]');
    await page.keyboard.type('20', { delay: 60 });
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('rmax') === '0.2');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe('rateMax'); // still typing: no Enter, no blur
    await settle(page);
    await tableReady(page, 'records-evaluations');
    const [low] = await session.sql.rows<{ n: number }>(
      `SELECT count(*)::INTEGER n FROM ${EVALUATIONS_PARQUET} WHERE coalesce(execution_rate_reported, execution_rate) <= 0.2`,
    );
    expect(low!.n).toBe(6);
    expect(await rowCount(page, 'records-evaluations')).toBe('6 行');
    const hashes = await page.evaluate(() => (window as unknown as { seenHashes: string[] }).seenHashes);
    expect(hashes.map((h) => new URLSearchParams(h.slice(1)).get('rmax')).filter((v) => v !== null)).toEqual(['0.2']);

    // Clearing the field by typing lifts the bound again.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => !new URLSearchParams(location.hash.slice(1)).has('rmax'));
    await settle(page);
    await tableReady(page, 'records-evaluations');
    expect(await rowCount(page, 'records-evaluations')).toBe('51 行');
    expect(session.browser.errors).toEqual([]);
  });

  it('compare view: bars labelled by region and year, no change between regions, and why 部门逐年变化 is empty', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=compare');
    const years = await session.sql.rows<{ label: string }>(
      `SELECT region || ' ' || year AS label FROM ${EVALUATIONS_PARQUET} GROUP BY region, year ORDER BY year`,
    );
    expect(years.map((y) => y.label)).toEqual(['湘西自治州 2020', '大同市 2021', '上海市普陀区 2023', '淮南市 2024']);
    const items = await page.locator('[data-chart-items="compare-years"] li').allInnerTexts();
    expect(items.map((i) => i.split(': ')[0])).toEqual(years.map((y) => y.label));
    expect(await page.locator('[data-chart="compare-years"]').innerText()).toContain('跨年度对比（每组条形为一个地区的一个年度）');
    expect(await page.locator('[data-chart="compare-departments"]').innerText()).toContain('跨部门对比（每组条形为一个主管部门）');

    // Year-on-year only within a region: each region has one year, so every change is empty (no −51.99 pp between 大同市 and 湘西).
    const regionRows = page.locator('[data-testid="compare-year-changes"] tbody tr');
    expect(await regionRows.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-group')} ${r.getAttribute('data-year')}`))).toEqual(years.map((y) => y.label));
    expect(await page.locator('[data-testid="compare-year-changes"]').innerText()).not.toContain('51.99');
    expect(await page.locator('[data-testid="compare-year-changes-why-empty"]').innerText()).toBe(
      '当前筛选下每个地区只有一个年度的数据（共 4 个地区），没有同一地区的上一年度可比，所以变化列为空；不同地区之间不计算变化。',
    );
    const [departments] = await session.sql.rows<{ n: number }>(`SELECT count(DISTINCT department)::INTEGER n FROM ${EVALUATIONS_PARQUET}`);
    expect(departments!.n).toBe(4);
    expect(await page.locator('[data-testid="compare-changes-why-empty"]').innerText()).toContain('当前筛选下每个部门只有一个年度的数据（共 4 个部门）');
    await page.waitForTimeout(300);
    await screenshot(page, '12-compare');

    await page.click('[data-testid="lang-toggle"]');
    await settle(page);
    expect(await page.locator('[data-chart="compare-years"]').innerText()).toContain('Across years (each group of bars is one region in one year)');
    expect(await page.locator('[data-testid="compare-changes-why-empty"]').innerText()).toContain('each department has data for one year only (4 departments)');
    await screenshot(page, '12-compare-en');
    expect(session.browser.errors).toEqual([]);
  });

  it('the first screen and the preview say how many documents they load, in the page language (正在载入 5 份文件的数据…)', async () => {
    const { page } = session.browser;
    // The documents ingest read: four of forms and 001, of target tables only.
    const [documents] = await session.sql.rows<{ n: number }>(`SELECT count(*)::INTEGER n FROM read_parquet('${parquetPath('ingest_report')}')`);
    expect(documents!.n).toBe(5);
    // Hold DuckDB's WebAssembly until the first screen has been read (the preview's Parquet reader may load).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*duckdb*.wasm', async (route) => {
      await held;
      await route.continue().catch(() => undefined); // the page may have moved on
    });
    try {
      for (const [lang, text] of [['zh', '正在载入 5 份文件的数据…'], ['en', 'Loading the data of 5 files…']] as const) {
        await page.goto('about:blank');
        void openApp(page, `view=records&lang=${lang}`).catch(() => undefined);
        await page.waitForFunction((t) => document.querySelector('[data-testid="loading-text"]')?.textContent === t, text);
        expect(await page.locator('[data-testid="loading"]').innerText()).not.toContain('DuckDB');
        if (lang === 'zh') await screenshot(page, '12-loading');
      }
      // A page opened without a state shows the overview from ingest's snapshots meanwhile, with the same line.
      await page.goto('about:blank');
      void openApp(page).catch(() => undefined);
      await page.locator('[data-preview-view="overview"]').waitFor();
      await page.waitForFunction(() => document.querySelector('.data-progress')?.textContent === '正在载入 5 份文件的数据…');
    } finally {
      release();
      await page.unroute('**/*duckdb*.wasm');
    }
    await openSettled(page, 'view=records');
    expect(await rowCount(page, 'records-evaluations')).toBe('51 行');
  });
});
