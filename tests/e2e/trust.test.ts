import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parquetPath } from '../query/contractDb';
import { openSettled, screenshot, settle } from './support/browser';
import { rowCount, tableReady } from './support/dataTable';
import { appSession } from './support/session';

/**
 * Issue 10 (what a reviewer can trust), in the built app: one execution rate with the printed one
 * beside it, each form's data quality shown, findings that rank.
 */

const RECORDS = 'records-evaluations';
const FINDINGS = 'findings-table';
const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).innerText();
const recordRow = (page: Page, text: string) => page.locator(`[data-testid="${RECORDS}"] .dt-body [role="row"]`, { hasText: text });
const waitRows = (page: Page, table: string, text: string) =>
  page.waitForFunction(([t, n]) => document.querySelector(`[data-testid="${t}"] [data-testid="row-count"]`)?.textContent === n, [table, text] as const);

describe('one rate, visible data quality, ranked findings (built app in headless Chromium)', () => {
  const session = appSession();

  it('shows 华侨事务补助 at 71.79% (1.68/2.34) with the printed 74.34% beside it, in Records, the drill-down and the ranking', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records&year=2024');
    await tableReady(page, RECORDS);
    const row = recordRow(page, '华侨事务补助');
    const rate = row.locator('.rate-cell');
    expect(await rate.locator('.rate-primary').innerText()).toBe('71.79%');
    expect(await rate.locator('.rate-printed').innerText()).toBe('填报 74.34%');
    // A form whose printed rate agrees with B/A carries no mark.
    expect(await recordRow(page, '12345政务服务便民热线运营费用').locator('.rate-primary').count()).toBe(1);
    expect(await recordRow(page, '12345政务服务便民热线运营费用').locator('.rate-printed').count()).toBe(0);
    await screenshot(page, '10a-records-rates');

    await row.click();
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    const line = await page.locator('[data-testid="drilldown-rate"]').innerText();
    expect(line).toContain('执行率 71.79%');
    expect(line).toContain('全年执行数 1.68 ÷ 全年预算数 2.34 万元');
    expect(line).toContain('表上填报 74.34%，与此不符');
    const cell = await page.locator('[data-testid="evaluation-form"] [data-cell="execution_rate"]').innerText();
    expect(cell).toContain('71.79%');
    expect(cell).toContain('表上填报 74.34%');
    await screenshot(page, '10a-drilldown-rates');
    await page.keyboard.press('Escape');

    await openSettled(page, 'view=execution&year=2024');
    const items = await page.locator('[data-chart-items="execution-ranking"] li').allInnerTexts();
    expect(items).toContain('华侨事务补助 · 2024: 71.79% (填报 74.34%)');
    expect(session.browser.errors).toEqual([]);
  });

  it('shows a damaged form by its stand-in name with a 损坏 badge, its reasons, and notes under the aggregates', async () => {
    const { page } = session.browser;
    const [counts] = await session.sql.rows<{ n: number; damaged: number }>(
      `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE quality = 'damaged')::INTEGER AS damaged FROM read_parquet('${parquetPath('evaluations')}')`,
    );
    expect(counts).toEqual({ n: 51, damaged: 9 });
    await openSettled(page, 'view=records');
    await tableReady(page, RECORDS);
    await page.fill(`[data-testid="${RECORDS}"] input[aria-label="项目名称 筛选"]`, '名称缺失');
    await waitRows(page, RECORDS, '9 行');
    await tableReady(page, RECORDS);
    const row = recordRow(page, '（名称缺失）003 表 7');
    expect(await row.count()).toBe(1);
    const badge = row.locator('.q-badge');
    expect(await badge.innerText()).toBe('△ 损坏');
    expect(await badge.getAttribute('title')).toContain('项目名称残缺（OCR 只读出片段）');
    expect(await page.locator('[data-testid="damaged-note"]').getAttribute('data-count')).toBe('9');
    expect(await page.locator('[data-testid="damaged-note"]').innerText()).toContain('含 9 张损坏表');
    await screenshot(page, '10a-records-damaged');

    await row.click();
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    expect(await page.locator('[data-testid="drilldown"] h2').innerText()).toBe('（名称缺失）003 表 7');
    expect(await page.locator('[data-testid="drilldown-quality"]').innerText()).toContain('数据质量：损坏（项目名称残缺（OCR 只读出片段）；缺少主管部门/实施单位行');
    await screenshot(page, '10a-drilldown-damaged');
    await page.keyboard.press('Escape');

    // The overview says how many damaged forms its figures include; hiding them leaves 42 projects.
    await openSettled(page, 'view=overview');
    expect(await kpi(page, 'projects')).toBe('51');
    expect(await page.locator('[data-testid="damaged-note"]').first().getAttribute('data-count')).toBe('9');
    await screenshot(page, '10a-overview');
    await page.check('[data-filter="hideDamaged"]');
    await settle(page);
    expect(await kpi(page, 'projects')).toBe('42');
    expect(await page.locator('[data-testid="damaged-note"]').first().innerText()).toContain('已隐藏损坏表');
    expect(page.url()).toContain('nodamaged=1');
    await openSettled(page, 'view=execution&year=2023');
    const labels = await page.locator('[data-chart-items="execution-ranking"] li').allInnerTexts();
    expect(labels.some((l) => l.startsWith('（名称缺失）003 表 7'))).toBe(true);
    await screenshot(page, '10a-execution');
    // The score-inflation view's department shares include the same 9 damaged forms (all 普陀 2023).
    await openSettled(page, 'view=inflation');
    expect(await page.locator('[data-testid="damaged-note"]').first().getAttribute('data-count')).toBe('9');
    await screenshot(page, '10a-inflation');
    await openSettled(page, 'view=targets&year=2023');
    await screenshot(page, '10a-targets');
    expect(session.browser.errors).toEqual([]);
  });

  it('ranks projects by risk score and narrows "flagged only" to high findings: 20 projects, not 50', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=overview&flagged=1');
    expect(await kpi(page, 'projects')).toBe('50');
    await page.selectOption('[data-filter="flagged"]', 'high');
    await settle(page);
    expect(await kpi(page, 'projects')).toBe('20');
    expect(page.url()).toContain('flagged=high');

    await openSettled(page, 'view=findings');
    await tableReady(page, FINDINGS);
    const ranked = page.locator('[data-testid="risk-ranking"] tbody tr');
    expect(await ranked.count()).toBe(15);
    expect(await ranked.first().getAttribute('data-score')).toBe('41');
    expect(await ranked.first().innerText()).toContain('“放管服”改革和营商环境监督专项经费');
    expect(await page.locator('[data-testid="unchecked-documents"]').innerText()).toContain('003_c9a193166346a5e1.txt（18 张表）');
    await screenshot(page, '10a-findings');

    // The rule summary filters the list on click (and again clears it); list.duplicate lists each group once.
    expect(await rowCount(page, FINDINGS)).toBe('268 行');
    await page.click('[data-testid="findings-by-rule"] tr[data-rule="list.duplicate"]');
    await waitRows(page, FINDINGS, '2 行');
    expect(await page.locator(`[data-testid="${FINDINGS}"] input[aria-label="规则 筛选"]`).inputValue()).toBe('list.duplicate');
    await page.click('[data-testid="findings-by-rule"] tr[data-rule="list.duplicate"]');
    await waitRows(page, FINDINGS, '268 行');

    // The rule filter matches the Chinese title as well as the code.
    await page.fill(`[data-testid="${FINDINGS}"] input[aria-label="规则 筛选"]`, '清单项目缺少表单');
    await waitRows(page, FINDINGS, '2 行');
    await tableReady(page, FINDINGS);
    const [missing] = await session.sql.rows<{ source_file: string; line: number; project: string }>(
      `SELECT source_file, TRY_CAST(regexp_extract(evidence, '"line":(\\d+)', 1) AS INTEGER) AS line, project
         FROM read_parquet('${parquetPath('flags')}') WHERE rule_id = 'list.missing_form' ORDER BY flag_id LIMIT 1`,
    );
    expect(missing!.line).toBeGreaterThan(0);

    // A list.missing_form finding opens the list line it comes from.
    await page.locator(`[data-testid="${FINDINGS}"] .dt-body [role="row"]`, { hasText: missing!.project }).first().click();
    const dialog = page.locator('[data-testid="list-line"]');
    await dialog.locator('.dd-line-focus').waitFor();
    expect(await dialog.locator('.dd-line-focus').getAttribute('data-line')).toBe(String(missing!.line));
    expect(await dialog.locator('.dd-line-focus').innerText()).toContain(missing!.project.slice(0, 6));
    await screenshot(page, '10a-list-line');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // In English: the ranking, its rule and the damaged form's quality line.
    await openSettled(page, 'view=findings&lang=en');
    expect(await page.locator('.findings-risk h2').innerText()).toContain('Projects ranked by risk score (top 15 of 50 projects with findings)');
    expect(await page.locator('[data-testid="unchecked-documents"]').innerText()).toContain('003_c9a193166346a5e1.txt (18 forms)');
    await screenshot(page, '10a-findings-en');
    await openSettled(page, `lang=en&eval=${encodeURIComponent('003_c9a193166346a5e1.txt#7')}`);
    expect(await page.locator('[data-testid="drilldown-quality"]').innerText()).toContain('Data quality: Damaged (project name damaged (OCR left a fragment)');
    await screenshot(page, '10a-drilldown-damaged-en');
    expect(session.browser.errors).toEqual([]);
  });
});
