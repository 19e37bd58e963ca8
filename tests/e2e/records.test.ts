import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/i18n/format';
import { openSettled, screenshot } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { csvParts, xlsxTable } from './support/exports';
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
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sort.records-evaluations'))).toBe('rate:desc');

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
    const parts = csvParts(csv);
    expect(parts.header.split(',')[0]).toBe('项目名称');
    expect(parts.rows).toHaveLength(low!.n + 1); // and the totals row
    expect(parts.rows.some((l) => l.startsWith('会议经费,不完整,2020,湘西自治州,湘西自治州人民政府办公室,,102.46,54.76,53.45%,'))).toBe(true);
    expect(parts.context[0]).toBe('明细 · 自评表');
    expect(parts.context).toContain('表内筛选,地区: 湘西; 执行率: <60%');
    expect(parts.context).toContain('排序,执行率 降序');
    expect(parts.rows.at(-1)).toMatch(new RegExp(`^"?合计（${low!.n} 行`));
    const book = read(await download(page, '[data-testid="export-xlsx-records-evaluations"]'), { type: 'buffer', cellNF: true });
    const rows = xlsxTable(book, '项目名称');
    expect(rows).toHaveLength(low!.n + 1);
    expect(rows.find((r) => r['项目名称'] === '会议经费')).toMatchObject({ '全年预算数（万元）': 102.46, '全年执行数（万元）': 54.76, 执行率: 54.76 / 102.46, 自评总分: 96 });
    // Above the table: the title, the filters, the generation time and the data fingerprint; below it the totals row.
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const matrix = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, blankrows: true });
    expect(matrix[0]).toEqual(['明细 · 自评表', ...matrix[0]!.slice(1).map(() => null)]);
    const line = (label: string) => matrix.find((r) => r[0] === label)?.[1];
    expect(line('筛选条件')).toBe('全部数据');
    expect(line('表内筛选')).toBe('地区: 湘西; 执行率: <60%');
    expect(line('行数')).toBe(String(low!.n));
    expect(String(line('生成时间'))).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC[+-]\d{2}:\d{2}$/);
    expect(String(line('数据指纹'))).toMatch(/^sha256:[0-9a-f]{64}（5 份源文件 SHA-256 的 SHA-256）$/);
    const totals = rows.at(-1)!;
    expect(String(totals['项目名称'])).toMatch(new RegExp(`^合计（${low!.n} 行`));
    expect(totals['全年执行数（万元）']).toBeCloseTo(low!.executed, 6);
    // Rates carry a percentage format, amounts two decimals; the values stay numbers.
    const headerRow = matrix.findIndex((r) => r[0] === '项目名称');
    const rateColumn = matrix[headerRow]!.indexOf('执行率');
    const meeting = matrix.findIndex((r) => r[0] === '会议经费');
    const rateCell = sheet[utils.encode_cell({ r: meeting, c: rateColumn })]!;
    expect(rateCell).toMatchObject({ t: 'n', z: '0.00%' });
    expect(rateCell.v).toBeCloseTo(0.5345, 4);
    expect(sheet[utils.encode_cell({ r: meeting, c: matrix[headerRow]!.indexOf('全年预算数（万元）') })]).toMatchObject({ t: 'n', v: 102.46, z: '#,##0.00' });
    // The second sheet: every filter setting, set or not.
    expect(book.SheetNames[1]).toBe('筛选条件');
    const settings = Object.fromEntries(utils.sheet_to_json<[string, string]>(book.Sheets['筛选条件']!, { header: 1 }));
    expect(settings).toMatchObject({ 设置: '取值', 表: '明细 · 自评表', 年度: '全部', 地区: '全部', 表内筛选: '地区: 湘西; 执行率: <60%', 排序: '执行率 降序' });

    // Hiding a column takes it out of the table and of the export.
    await page.click(`[data-testid="${table}"] .dt-columns summary`);
    await page.locator(`[data-testid="${table}"] .dt-columns-list label`, { hasText: '主管部门' }).locator('input').uncheck();
    await page.click(`[data-testid="${table}"] .dt-columns summary`);
    const headers = await page.locator(`[data-testid="${table}"] [role="columnheader"] button`).allInnerTexts();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).not.toContain('主管部门');
    const narrowed = (await download(page, '[data-testid="export-csv-records-evaluations"]')).toString('utf8');
    expect(csvParts(narrowed).header).toBe('项目名称,数据质量,年度,地区,年初预算数（万元）,全年预算数（万元）,全年执行数（万元）,执行率,自评总分,评分等级,指标数');

    // A row opens the drill-down.
    await page.locator(`[data-testid="${table}"] .dt-body [role="row"]`, { hasText: '会议经费' }).click();
    await page.waitForSelector('[data-testid="evaluation-form"]');
    expect(page.url()).toContain('eval=004_77a491ca9b0fee99.txt%237');
    expect(session.browser.errors).toEqual([]);
  });

  it('shows new rows from the top: a filter change after scrolling down scrolls back up', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records');
    const table = 'records-evaluations';
    await tableReady(page, table);
    const box = page.locator(`[data-testid="${table}"] .dt-scroll`);
    await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForFunction((t) => (document.querySelector(`[data-testid="${t}"] .dt-scroll`)?.scrollTop ?? 0) > 0, table);
    // 2023's 18 forms still overflow the box: left alone, it would stay scrolled.
    await page.selectOption('[data-filter="year"]', '2023');
    await page.waitForFunction((t) => document.querySelector(`[data-testid="${t}"] [data-testid="row-count"]`)?.textContent === '18 行', table);
    await tableReady(page, table);
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
  });

  it('a sorted, filtered Records URL reopens sorted and filtered, on the tab it was on', async () => {
    const { page } = session.browser;
    const table = 'records-evaluations';
    await page.goto('about:blank');
    await openSettled(page, 'view=records');
    await tableReady(page, table);
    const scoreHeader = page.locator(`[data-testid="${table}"] [role="columnheader"]`, { hasText: '自评总分' }).first();
    await scoreHeader.locator('button').click();
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('sort.records-evaluations') === 'total_score:asc');
    await page.fill(`[data-testid="${table}"] input[aria-label="地区 筛选"]`, '大同');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('filter.records-evaluations.region') === '大同');
    await tableReady(page, table);
    const expected = await session.sql.rows<{ project: string }>(
      `SELECT project FROM ${EVALUATIONS_PARQUET} WHERE region LIKE '%大同%' ORDER BY total_score ASC NULLS LAST, year, region, department, source_file, form_index`,
    );
    expect(expected).toHaveLength(12);
    const url = page.url();

    await page.goto('about:blank');
    await openSettled(page, url.split('#')[1]);
    await tableReady(page, table);
    expect(await page.locator(`[data-testid="${table}"] [role="columnheader"][aria-sort="ascending"]`).innerText()).toContain('自评总分');
    expect(await page.inputValue(`[data-testid="${table}"] input[aria-label="地区 筛选"]`)).toBe('大同');
    expect(await rowCount(page, table)).toBe('12 行');
    expect((await columnTexts(page, table, 1)).slice(0, 3)).toEqual(expected.slice(0, 3).map((e) => e.project));

    // The active tab too: the indicators tab reopens as the indicators tab.
    await page.click('[role="tab"]:has-text("绩效指标")');
    await tableReady(page, 'records-indicators');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('tab.records') === 'indicators');
    const tabUrl = page.url();
    await page.goto('about:blank');
    await openSettled(page, tabUrl.split('#')[1]);
    await tableReady(page, 'records-indicators');
    expect(await page.locator('[role="tab"][aria-selected="true"]').innerText()).toContain('绩效指标');
    expect(session.browser.errors).toEqual([]);
  });

  it('exports in the UI language: English headers, title and filter line under 2024 (淮南市, 10 forms)', async () => {
    const { page } = session.browser;
    const table = 'records-evaluations';
    await page.goto('about:blank');
    await openSettled(page, 'view=records&year=2024&lang=en');
    await tableReady(page, table);
    const parts = csvParts((await download(page, '[data-testid="export-csv-records-evaluations"]')).toString('utf8'));
    expect(parts.context[0]).toBe('Records · Self-evaluations');
    expect(parts.context[1]).toBe('Filters,Year: 2024');
    expect(parts.context).toContain('Rows,10');
    expect(parts.header.split(',').slice(0, 3)).toEqual(['Project', 'Data quality', 'Year']);
    expect(parts.header).toContain('Full-year budget (10k CNY)');
    expect(parts.rows).toHaveLength(11);
    const [trip] = await session.sql.rows<{ budget: number; executed: number; rate: number }>(
      `SELECT budget_full_year budget, executed, execution_rate rate FROM ${EVALUATIONS_PARQUET} WHERE project = '市本级因公出国(境)经费' AND year = 2024`,
    );
    const line = parts.rows.find((l) => /^市本级因公出国\(境\)经费,(Clean|Repaired|Partial|Damaged),2024,淮南市,/.test(l))!;
    expect(line).toContain(`,${trip!.budget.toFixed(2)},${trip!.executed.toFixed(2)},${(trip!.rate * 100).toFixed(2)}%,`);
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
