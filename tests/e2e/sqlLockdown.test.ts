import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openApp, openSettled, screenshot } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

const OUTSIDE = 'http://attacker.invalid';
const RAW_FILE = 'data/raw/000_82397be2bbd94de5.txt';
/** Minutes of work for DuckDB-WASM's one thread. */
const HEAVY = 'SELECT count(*) FROM range(1000000000) a, range(100000) b';
const MEETING = '004_77a491ca9b0fee99.txt#7';

/** Statements that read outside the loaded tables: a network address, a local path, the page's own server. */
const OUTSIDE_READS = () => [
  `SELECT * FROM read_text('${OUTSIDE}/const')`,
  `SELECT * FROM read_csv('${OUTSIDE}/x.csv')`,
  `SELECT * FROM read_parquet('${OUTSIDE}/x.parquet')`,
  `SELECT * FROM read_text('/etc/passwd')`,
  `SELECT * FROM read_csv('${RAW_FILE}')`,
  `SELECT * FROM read_parquet('data/parquet/evaluations.parquet')`,
  // Same origin: without the lock, DuckDB-WASM would fetch this one over HTTP.
  `SELECT * FROM read_text('${appUrl()}${RAW_FILE}')`,
];

/** The app's own files: the page, its assets, the contract tables and their manifest. Nothing else may be requested. */
const notAppFile = (url: string) =>
  !url.startsWith(appUrl()) || !/^(index\.html)?$|^assets\/|^data\/parquet\/(\w+\.parquet|dataset\.json)$/.test(url.slice(appUrl().length).split('#')[0]!);

async function refusal(page: Page): Promise<string> {
  const refused = page.locator('[data-testid="sql-refused"]');
  await refused.waitFor();
  return refused.innerText();
}

describe('SQL view locked down (built app in headless Chromium)', () => {
  const session = appSession();

  it('SQL in a link is shown, not run; after Run, a read outside the loaded tables is refused, and no request is made', async () => {
    const { page, requests } = session.browser;
    for (const [i, sql] of OUTSIDE_READS().entries()) {
      await page.goto('about:blank');
      const opened = requests.length;
      await openApp(page, `view=sql&sql=${encodeURIComponent(sql)}`);
      const notice = page.locator('[data-testid="sql-from-link"]');
      await notice.waitFor();
      expect(await notice.locator('pre').innerText()).toBe(sql);
      expect(await page.inputValue('[data-testid="sql-input"]')).toBe(sql);
      expect(await page.locator('[data-testid="sql-result"], [data-testid="sql-running"]').count()).toBe(0);
      const ran = requests.length;
      await page.click('[data-testid="sql-run"]');
      const text = await refusal(page);
      if (i === 0) await screenshot(page, '7-sql-link-refused');
      expect(text).toMatch(/^已拒绝：/);
      expect(text).toContain(sql.includes('read_parquet') ? '不加载任何扩展' : '不读取任何文件，也不访问任何网络地址');
      expect(await page.locator('[data-testid="sql-error"] p').innerText()).toMatch(sql.includes('read_parquet') ? /parquet extension/ : /^Permission Error: /);
      expect(requests.slice(opened, ran).filter(notAppFile), sql).toEqual([]);
      expect(requests.slice(ran), sql).toEqual([]);
    }
    expect(requests.some((url) => url.includes('attacker'))).toBe(false);
    expect(session.browser.foreignRequests).toEqual([]);
  });

  it('typed SQL that reads a file or an address is refused the same way, with no request', async () => {
    const { page, requests } = session.browser;
    await openSettled(page, 'view=sql');
    await tableReady(page, 'sql-result');
    for (const sql of [`SELECT content FROM read_text('${OUTSIDE}/typed')`, `SELECT * FROM 'data/raw/notes.csv'`]) {
      const before = requests.length;
      await page.fill('[data-testid="sql-input"]', sql);
      await page.click('[data-testid="sql-run"]');
      expect(await refusal(page)).toContain('不读取任何文件，也不访问任何网络地址');
      expect(requests.slice(before), sql).toEqual([]);
    }
    expect(session.browser.foreignRequests).toEqual([]);
  });

  it('a heavy query leaves the views answering, Cancel stops it within a second, and the views answer at once', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=sql');
    await tableReady(page, 'sql-result');
    await page.fill('[data-testid="sql-input"]', HEAVY);
    await page.click('[data-testid="sql-run"]');
    await page.locator('[data-testid="sql-running"]').waitFor();
    await page.waitForTimeout(1000);

    // While it runs, a view's queries go first: the drill-down opens over the SQL view.
    const drillStart = Date.now();
    await page.evaluate((evalId) => (window.location.hash += `&eval=${encodeURIComponent(evalId)}`), MEETING);
    await page.locator('[data-testid="evaluation-form"] [data-cell="total_score"]').waitFor();
    await page.locator('[data-testid="source-panel"] [data-line="1466"]').waitFor();
    const drillMs = Date.now() - drillStart;
    expect(await page.locator('[data-testid="drilldown"] h2').innerText()).toBe('会议经费');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="drilldown"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="sql-running"]').count()).toBe(1);
    await screenshot(page, '7-sql-running');

    const cancelStart = Date.now();
    await page.click('[data-testid="sql-cancel"]');
    const stopped = page.locator('[data-testid="sql-stopped"]');
    await stopped.waitFor();
    const cancelMs = Date.now() - cancelStart;
    expect(await stopped.innerText()).toMatch(/^已取消（\d+\.\d 秒后）$/);
    const seconds = Number(/（([\d.]+) 秒后）/.exec(await stopped.innerText())![1]);
    expect(seconds).toBeGreaterThan(1);
    await screenshot(page, '7-sql-cancelled');

    // The engine is free: the overview's queries answer within a second.
    const viewStart = Date.now();
    await page.click('[data-view="overview"]');
    await page.waitForFunction(() => document.querySelector('[data-active-view="overview"] [data-kpi="projects"] .kpi-value') && !document.querySelector('.query-loading, .query-refreshing'));
    const viewMs = Date.now() - viewStart;
    expect(await page.locator('[data-kpi="projects"] .kpi-value').innerText()).toBe('51');
    console.info(`drill-down during the heavy query: ${drillMs} ms; cancel: ${cancelMs} ms (cancelled after ${seconds} s); overview after cancel: ${viewMs} ms`);
    expect(drillMs).toBeLessThan(1000);
    expect(cancelMs).toBeLessThan(1000);
    expect(viewMs).toBeLessThan(1000);
    expect(session.browser.errors).toEqual([]);
  });
});
