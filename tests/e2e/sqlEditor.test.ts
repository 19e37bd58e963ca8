import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/db/nodeConnection';
import { PARQUET_DIR } from '../query/contractDb';
import { launchBrowser, openApp, screenshot, settle, type Browser } from './support/browser';

const EVALUATIONS = `read_parquet('${join(PARQUET_DIR, 'evaluations.parquet')}')`;

const ready = (page: Page) => page.waitForSelector('[data-testid="sql-result"][data-ready="true"]');
const rowCount = (page: Page) => page.locator('[data-testid="sql-result"] [data-testid="row-count"]').innerText();

async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill('[data-testid="sql-input"]', sql);
  await page.click('[data-testid="sql-run"]');
}

describe('SQL view (built app in headless Chromium)', () => {
  let browser: Browser;
  let sql: NodeConnection;
  beforeAll(async () => {
    browser = await launchBrowser();
    sql = await NodeConnection.open();
  });
  afterAll(async () => {
    await browser?.close();
    sql?.close();
  });

  it('runs a query into the table, keeps it in the URL, and charts a two-column result', async () => {
    const { page } = browser;
    await openApp(page, 'view=sql');
    await settle(page);
    await ready(page);
    const [departments] = await sql.rows<{ n: number }>(
      `SELECT count(DISTINCT department)::INTEGER n FROM ${EVALUATIONS} WHERE executed IS NOT NULL AND budget_full_year IS NOT NULL`,
    );
    expect(await rowCount(page)).toBe(`${departments!.n} 行`);
    await page.click('[data-testid="sql-chart-toggle"]');
    await page.waitForSelector('[data-chart="sql-chart"] canvas');
    await page.waitForTimeout(300);
    await screenshot(page, '7-sql-chart');

    const query = `SELECT project, total_score FROM evaluations WHERE region = '湘西自治州' ORDER BY total_score DESC, project`;
    await runSql(page, query);
    await page.waitForFunction((q) => new URLSearchParams(location.hash.slice(1)).get('sql') === q, query);
    await ready(page);
    expect(await rowCount(page)).toBe('11 行');
    const cells = await page.locator('[data-testid="sql-result"] .dt-body [role="row"]').first().locator('[role="cell"]').allInnerTexts();
    const [top] = await sql.rows<{ project: string; total_score: number }>(
      `SELECT project, total_score FROM ${EVALUATIONS} WHERE region = '湘西自治州' ORDER BY total_score DESC, project LIMIT 1`,
    );
    expect(cells).toEqual([top!.project, String(top!.total_score)]);
    await screenshot(page, '7-sql');

    // The URL alone reopens the same query and result.
    await openApp(page, page.url().split('#')[1]);
    await ready(page);
    expect(await page.inputValue('[data-testid="sql-input"]')).toBe(query);
    expect(await rowCount(page)).toBe('11 行');
    expect(browser.errors).toEqual([]);
  });

  it('refuses DROP TABLE evaluations with a clear message, and the table is still there', async () => {
    const { page } = browser;
    await openApp(page, 'view=sql');
    await ready(page);
    await runSql(page, 'DROP TABLE evaluations');
    const error = page.locator('[data-testid="sql-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('只允许只读查询');
    await screenshot(page, '7-sql-refused');
    await runSql(page, 'SELECT 1; DROP TABLE evaluations');
    await page.waitForFunction(() => document.querySelector('[data-testid="sql-error"]')?.textContent?.includes('只能运行一条语句'));
    await runSql(page, 'SELECT count(*) AS n FROM evaluations');
    await ready(page);
    expect(await page.locator('[data-testid="sql-result"] .dt-body [role="cell"]').first().innerText()).toBe('51');
  });
});
