import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openSettled, screenshot } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { csvParts } from './support/exports';
import { EVALUATIONS_PARQUET, appSession } from './support/session';

const RESULT = 'sql-result';

async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill('[data-testid="sql-input"]', sql);
  await page.click('[data-testid="sql-run"]');
}

describe('SQL view (built app in headless Chromium)', () => {
  const session = appSession();

  it('runs a query into the table, keeps it in the URL, and charts a two-column result', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=sql');
    await tableReady(page, RESULT);
    const [departments] = await session.sql.rows<{ n: number }>(
      `SELECT count(DISTINCT department)::INTEGER n FROM ${EVALUATIONS_PARQUET} WHERE executed IS NOT NULL AND budget_full_year IS NOT NULL`,
    );
    expect(await rowCount(page, RESULT)).toBe(`${departments!.n} 行`);
    await page.click('[data-testid="sql-chart-toggle"]');
    await page.waitForSelector('[data-chart="sql-chart"] canvas');
    await page.waitForTimeout(300);
    await screenshot(page, '7-sql-chart');

    const query = `SELECT project, total_score FROM evaluations WHERE region = '湘西自治州' ORDER BY total_score DESC, project`;
    await runSql(page, query);
    await page.waitForFunction((q) => new URLSearchParams(location.hash.slice(1)).get('sql') === q, query);
    await tableReady(page, RESULT);
    expect(await rowCount(page, RESULT)).toBe('11 行');
    const cells = await page.locator('[data-testid="sql-result"] .dt-body [role="row"]').first().locator('[role="cell"]').allInnerTexts();
    const [top] = await session.sql.rows<{ project: string; total_score: number }>(
      `SELECT project, total_score FROM ${EVALUATIONS_PARQUET} WHERE region = '湘西自治州' ORDER BY total_score DESC, project LIMIT 1`,
    );
    expect(cells).toEqual([top!.project, String(top!.total_score)]);
    await screenshot(page, '7-sql');

    // The URL alone reopens the same query, shown but not run until Run is pressed; then the same result.
    const url = page.url();
    await page.goto('about:blank');
    await openApp(page, url.split('#')[1]);
    await page.locator('[data-testid="sql-from-link"]').waitFor();
    expect(await page.inputValue('[data-testid="sql-input"]')).toBe(query);
    expect(await page.locator('[data-testid="sql-from-link"] pre').innerText()).toBe(query);
    expect(await page.locator(`[data-testid="${RESULT}"]`).count()).toBe(0);
    await screenshot(page, '7-sql-from-link');
    await page.click('[data-testid="sql-run"]');
    await tableReady(page, RESULT);
    expect(await rowCount(page, RESULT)).toBe('11 行');
    expect(await page.locator('[data-testid="sql-from-link"]').count()).toBe(0);

    // The CSV export holds the whole result, header first.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv-sql"]')]);
    const parts = csvParts(readFileSync((await csv.path())!, 'utf8'));
    expect(parts.context[0]).toBe('SQL 查询结果');
    expect(parts.context).toContain(`SQL,"${query}"`); // quoted: the query has commas
    expect(parts.rows).toHaveLength(11);
    expect(parts.header).toBe('project,total_score');
    expect(parts.rows[0]).toBe(`${top!.project},${top!.total_score}`);
    expect(session.browser.errors).toEqual([]);
  });

  it('shows years, ids and line numbers without thousands separators, amounts with them (2020 and line 2110, not 2,020; 1,953.13)', async () => {
    const { page } = session.browser;
    await openApp(page, 'view=sql');
    await tableReady(page, RESULT);
    const query = 'SELECT year, min(form_index) AS form_index, max(line_start) AS line_start, count(*) AS forms, sum(budget_full_year) AS budget FROM evaluations GROUP BY year ORDER BY year';
    await runSql(page, query);
    await page.waitForFunction((q) => new URLSearchParams(location.hash.slice(1)).get('sql') === q, query);
    await tableReady(page, RESULT);
    const expected = await session.sql.rows<{ year: number; form_index: number; line_start: number; forms: number; budget: number }>(
      query.replace('FROM evaluations', `FROM ${EVALUATIONS_PARQUET}`),
    );
    expect(expected.map((e) => e.year)).toEqual([2020, 2021, 2023, 2024]);
    const rows = await page.locator(`[data-testid="${RESULT}"] .dt-body [role="row"]`).evaluateAll((rs) =>
      rs.map((r) => Array.from(r.querySelectorAll('[role="cell"]'), (c) => c.textContent)),
    );
    expect(rows).toEqual(
      expected.map((e) => [String(e.year), String(e.form_index), String(e.line_start), String(e.forms), new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 }).format(e.budget)]),
    );
    expect(rows[0]).toEqual(['2020', '1', '2110', '11', '1,953.13']);
    expect(rows.flat().filter((c) => /^\d,\d{3}$/.test(c ?? ''))).toEqual([]); // no 2,020
    await screenshot(page, '7-sql-years');
  });

  it('refuses DROP TABLE evaluations with a clear message, and the table is still there', async () => {
    const { page } = session.browser;
    await openApp(page, 'view=sql');
    await tableReady(page, RESULT);
    await runSql(page, 'DROP TABLE evaluations');
    const error = page.locator('[data-testid="sql-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('只允许只读查询');
    await screenshot(page, '7-sql-refused');
    await runSql(page, 'SELECT 1; DROP TABLE evaluations');
    await page.waitForFunction(() => document.querySelector('[data-testid="sql-error"]')?.textContent?.includes('只能运行一条语句'));
    await runSql(page, 'SELECT count(*) AS n FROM evaluations');
    await tableReady(page, RESULT);
    expect(await page.locator('[data-testid="sql-result"] .dt-body [role="cell"]').first().innerText()).toBe('51');
  });
});
