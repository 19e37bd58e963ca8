import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { read } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PARQUET_DIR } from '../query/contractDb';
import { openSettled, settle, screenshot } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { csvParts, xlsxTable } from './support/exports';
import { appSession } from './support/session';

const ROOT = resolve(import.meta.dirname, '../..');

/** Per-rule totals as `npm run audit` prints them for the corpus (rules with no flag left out). */
function auditCounts(): Record<string, number> {
  const out = mkdtempSync(join(tmpdir(), 'evallens-audit-'));
  try {
    const stdout = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/audit.ts', '--input', PARQUET_DIR, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    const counts: Record<string, number> = {};
    for (const line of stdout.split('\n')) {
      const m = /^([a-z]+\.[a-z_]+)\s+\d+\s+\d+\s+\d+\s+(\d+)$/.exec(line.trim());
      if (m && Number(m[2]) > 0) counts[m[1]!] = Number(m[2]);
    }
    return counts;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function viewCounts(page: Page): Promise<Record<string, number>> {
  const rows = await page.locator('[data-testid="findings-by-rule"] tr[data-rule]').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-rule')!, Number(tr.querySelector('[data-count]')!.getAttribute('data-count'))] as const),
  );
  return Object.fromEntries(rows);
}

const TABLE = 'findings-table';

describe('Findings view (built app in headless Chromium)', () => {
  const session = appSession();

  it('shows the same per-rule counts as npm run audit', async () => {
    const cli = auditCounts();
    expect(Object.keys(cli).length).toBeGreaterThan(10);
    expect(Object.keys(cli)).toHaveLength(25); // the 32 rules but the seven that flag nothing on the corpus
    const { page } = session.browser;
    await openSettled(page, 'view=findings');
    await tableReady(page, TABLE);
    expect(await viewCounts(page)).toEqual(cli);
    // Rules are listed by group in the registry's order (exec, budget, calc, …), as the SQL orders them.
    expect(Object.keys(await viewCounts(page)).slice(0, 3)).toEqual(['exec.low', 'exec.zero', 'budget.adjusted']);
    const total = Object.values(cli).reduce((a, b) => a + b, 0);
    expect(total).toBe(268); // list.duplicate one finding per group (−2) and renamed indicators paired (plan.indicator_changed −4) since issue 10: 274 before
    expect(await page.locator('[data-testid="findings-total"]').innerText()).toBe(String(total));
    expect(await rowCount(page, TABLE)).toBe(`${total} 行`);
    await page.waitForSelector('[data-chart="findings-by-department"] canvas');
    await screenshot(page, '10-findings');
    expect(session.browser.errors).toEqual([]);
  });

  it('recounts at once when a threshold changes, and keeps the setting in the URL', async () => {
    const { page } = session.browser;
    await page.goto('about:blank');
    await openSettled(page, 'view=findings');
    const before = (await viewCounts(page))['exec.low']!;
    await page.click('[data-testid="rule-settings"] > summary');
    await page.fill('input[data-param="exec.low.medium"]', '50');
    await page.fill('input[data-param="exec.low.high"]', '50');
    await page.press('input[data-param="exec.low.high"]', 'Enter');
    // Both thresholds at 50 %: the 9 projects below 50 % (of the 18 below 80 %). The two changes apply one after
    // the other, so the count passes through the first one's (12, below 60 %) on its way.
    expect(before).toBe(18);
    await page.waitForFunction((n) => {
      const cell = document.querySelector('[data-testid="findings-by-rule"] tr[data-rule="exec.low"] [data-count]');
      return cell && Number(cell.getAttribute('data-count')) === n;
    }, 9);
    expect(decodeURIComponent(page.url())).toContain('exec.low.high=50');
    // Both thresholds are applied (the rules re-run in the background, one change after the other).
    await settle(page);
    await screenshot(page, '10-findings-settings');
    // The setting survives a reload from the URL.
    const after = (await viewCounts(page))['exec.low']!;
    expect(after).toBeLessThan(before);
    await openSettled(page, page.url().split('#')[1]);
    expect((await viewCounts(page))['exec.low']).toBe(after);
  });

  it('exports the findings with their evidence and opens a finding in the drill-down', async () => {
    const { page } = session.browser;
    // A fresh load: the previous test left other thresholds in this page's database.
    await page.goto('about:blank');
    await openSettled(page, 'view=findings&year=2020&q=%E4%BC%9A%E8%AE%AE%E7%BB%8F%E8%B4%B9');
    await tableReady(page, TABLE);
    const shown = Number((await rowCount(page, TABLE)).replace(/\D/g, ''));
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv-findings"]')]);
    expect(csvFile.suggestedFilename()).toMatch(/^evallens-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvFile.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parts = csvParts(csv);
    expect(parts.context[0]).toBe('风险线索 · 线索明细');
    expect(parts.context[1]).toBe('筛选条件,年度: 2020 · 项目名称搜索: 会议经费');
    expect(parts.header).toBe('线索编号,规则,等级,年度,地区,主管部门,项目,来源文件,表编号,指标序号,目标表编号,线索说明（中文）,线索说明（英文）,证据（JSON）,复核状态,排除理由,复核备注');
    const [xlsxFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx-findings"]')]);
    const book = read(readFileSync((await xlsxFile.path())!), { type: 'buffer' });
    const rows = xlsxTable(book, '线索编号');
    expect(rows).toHaveLength(shown);
    const total = rows.find((r) => r['规则'] === 'calc.total')!;
    expect(total).toMatchObject({ 项目: '会议经费', 年度: 2020, 表编号: '004_77a491ca9b0fee99.txt#7' });
    expect(JSON.parse(String(total['证据（JSON）']))).toMatchObject({ total_score: 96 });

    await page.locator('[data-testid="findings-table"] .dt-body [role="row"]', { hasText: 'calc.total' }).click();
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    expect(await page.locator('[data-testid="evaluation-form"] [data-cell="total_score"]').getAttribute('data-flagged')).toBe('true');
  });
});
