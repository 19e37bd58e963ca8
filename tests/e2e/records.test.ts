import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/i18n/format';
import { openSettled, screenshot } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { EVALUATIONS_PARQUET, appSession } from './support/session';


/** Texts of one column's visible cells, in row order. */
const columnTexts = (page: Page, table: string, index: number) =>
  page.locator(`[data-testid="${table}"] .dt-body [role="row"] [role="cell"]:nth-child(${index})`).allInnerTexts();
const footer = (page: Page, table: string, column: string) => page.locator(`[data-testid="${table}"] [data-testid="table-footer"] [data-column="${column}"]`).innerText();


async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  expect(file.suggestedFilename()).toMatch(/^evallens-records-evaluations-\d{4}-\d{2}-\d{2}\.(csv|xlsx)$/);
  return readFileSync((await file.path())!);
}

describe('Records view (built app in headless Chromium)', () => {
  const session = appSession();

  it('shows every form with a totals footer from SQL, sorts and filters', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records');
    const table = 'records-evaluations';
    await tableReady(page, table);
    const [all] = await session.sql.rows<{ n: number; executed: number }>(`SELECT count(*)::INTEGER n, sum(executed) executed FROM ${EVALUATIONS_PARQUET}`);
    expect(await rowCount(page, table)).toBe(`${all!.n} 行`);
    expect(await footer(page, table, 'executed')).toBe(`合计${formatMoney(all!.executed)}`);
    await screenshot(page, '6-records');

    // Sort by execution rate, descending (two clicks: ascending first).
    const rateHeader = page.locator(`[data-testid="${table}"] [role="columnheader"]`, { hasText: '执行率' }).first().locator('button');
    await rateHeader.click();
    await page.waitForSelector('[aria-sort="ascending"]');
    await rateHeader.click();
    await page.waitForSelector('[aria-sort="descending"]');
    await tableReady(page, table);
    const [top] = await session.sql.rows<{ project: string }>(`SELECT project FROM ${EVALUATIONS_PARQUET} ORDER BY execution_rate DESC NULLS LAST, year, region, department, source_file, form_index LIMIT 1`);
    expect((await columnTexts(page, table, 1))[0]).toBe(top!.project);

    // Filter: 湘西 forms below 60%.
    const [low] = await session.sql.rows<{ n: number; executed: number }>(
      `SELECT count(*)::INTEGER n, sum(executed) executed FROM ${EVALUATIONS_PARQUET} WHERE region LIKE '%湘西%' AND execution_rate < 0.6`,
    );
    await page.fill(`[data-testid="${table}"] input[aria-label="地区 筛选"]`, '湘西');
    await page.fill(`[data-testid="${table}"] input[aria-label="执行率 筛选"]`, '<60%');
    await page.waitForFunction(
      ([t, text]) => document.querySelector(`[data-testid="${t}"] [data-testid="row-count"]`)?.textContent === text,
      [table, `${low!.n} 行`] as const,
    );
    await tableReady(page, table);
    expect(await footer(page, table, 'executed')).toBe(`合计${formatMoney(low!.executed)}`);
    expect(await columnTexts(page, table, 1)).toContain('会议经费');
    await screenshot(page, '6-records-filtered');

    // The CSV and XLSX of the filtered, sorted table.
    const csv = (await download(page, '[data-testid="export-csv-records-evaluations"]')).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',')[0]).toBe('项目名称');
    expect(lines).toHaveLength(low!.n + 1);
    expect(lines.some((l) => l.startsWith('会议经费,partial,2020,湘西自治州,湘西自治州人民政府办公室,,102.46,54.76,'))).toBe(true);
    const book = read(await download(page, '[data-testid="export-xlsx-records-evaluations"]'), { type: 'buffer' });
    const rows = utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(rows).toHaveLength(low!.n);
    expect(rows.find((r) => r['项目名称'] === '会议经费')).toMatchObject({ 全年预算数: 102.46, 全年执行数: 54.76, 自评总分: 96 });

    // Hiding a column takes it out of the table and of the export.
    await page.click(`[data-testid="${table}"] .dt-columns summary`);
    await page.locator(`[data-testid="${table}"] .dt-columns-list label`, { hasText: '主管部门' }).locator('input').uncheck();
    await page.click(`[data-testid="${table}"] .dt-columns summary`);
    const headers = await page.locator(`[data-testid="${table}"] [role="columnheader"] button`).allInnerTexts();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).not.toContain('主管部门');
    const narrowed = (await download(page, '[data-testid="export-csv-records-evaluations"]')).toString('utf8');
    expect(narrowed.slice(1).split('\r\n')[0]).toBe('项目名称,数据质量,年度,地区,年初预算数,全年预算数,全年执行数,执行率,自评总分,评分等级,指标数');

    // A row opens the drill-down.
    await page.locator(`[data-testid="${table}"] .dt-body [role="row"]`, { hasText: '会议经费' }).click();
    await page.waitForSelector('[data-testid="evaluation-form"]');
    expect(page.url()).toContain('eval=004_77a491ca9b0fee99.txt%237');
    expect(session.browser.errors).toEqual([]);
  });

  it('shows the indicators tab with weights and scores summed', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records&year=2020&q=%E4%BC%9A%E8%AE%AE%E7%BB%8F%E8%B4%B9');
    await page.click('[role="tab"]:has-text("绩效指标")');
    await tableReady(page, 'records-indicators');
    expect(await rowCount(page, 'records-indicators')).toBe('8 行');
    expect(await footer(page, 'records-indicators', 'weight')).toBe('合计90.00');
    await screenshot(page, '6-records-indicators');
  });

  it('the rate range filter takes percent, keeps it in the URL and reopens with it (6 forms at most 20 %)', async () => {
    const { page } = session.browser;
    const table = 'records-evaluations';
    await page.goto('about:blank'); // a fresh load: the previous test left the indicators tab open
    await openSettled(page, 'view=records');
    await tableReady(page, table);
    await page.fill('[data-filter="rateMax"]', '20');
    await page.press('[data-filter="rateMax"]', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('rmax') === '0.2');
    await tableReady(page, table);
    const [low] = await session.sql.rows<{ n: number }>(
      `SELECT count(*)::INTEGER n FROM ${EVALUATIONS_PARQUET} WHERE coalesce(execution_rate, execution_rate_reported) <= 0.2`,
    );
    expect(low!.n).toBe(6);
    expect(await rowCount(page, table)).toBe('6 行');
    await page.fill('[data-filter="rateMin"]', '5');
    await page.locator('[data-filter="rateMax"]').focus(); // leaving the field commits it
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('rmin') === '0.05');
    await openSettled(page, page.url().split('#')[1]);
    expect(await page.inputValue('[data-filter="rateMin"]')).toBe('5');
    expect(await page.inputValue('[data-filter="rateMax"]')).toBe('20');
  });
});
