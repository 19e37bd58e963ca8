import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, openSettled, screenshot } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

const MEETING = '004_77a491ca9b0fee99.txt#7';
const SOURCE = readFileSync(resolve(import.meta.dirname, '../../data/raw/004_77a491ca9b0fee99.txt'), 'utf8').split(/\r?\n/);

describe('drill-down and print view (built app in headless Chromium)', () => {
  const session = appSession();

  it('shows the form of 会议经费 (湘西, 2020) with flagged cells and its source lines', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records&year=2020&region=%E6%B9%98%E8%A5%BF%E8%87%AA%E6%B2%BB%E5%B7%9E');
    await tableReady(page, 'records-evaluations');
    await page.locator('[data-testid="records-evaluations"] .dt-body [role="row"]', { hasText: '会议经费' }).click();
    const form = page.locator('[data-testid="evaluation-form"]');
    await form.waitFor();
    expect(await page.locator('[data-testid="drilldown"] h2').innerText()).toBe('会议经费');
    const value = async (cell: string) => (await form.locator(`[data-cell="${cell}"]`).innerText()).replace('⚑', '').trim();
    expect(await value('budget_full_year')).toBe('102.46');
    expect(await value('executed')).toBe('54.76');
    expect(await form.locator('[data-cell="execution_rate"]').innerText()).toContain('53.45%');
    expect(await form.locator('[data-cell="total_score"]').innerText()).toContain('96.00');
    expect(await form.locator('[data-cell="total_score"]').getAttribute('data-flagged')).toBe('true');
    expect(await form.locator('[data-cell="execution_score"]').getAttribute('data-flagged')).toBe('true');
    expect(await form.locator('tr[data-indicator]').count()).toBe(8);
    expect(await page.locator('[data-testid="drilldown-findings"]').innerText()).toContain('总分填报 96.00，但预算执行得分 4.00 + 指标得分 90.00 = 94.00');

    const source = page.locator('[data-testid="source-panel"]');
    await source.locator('[data-line="1466"]').waitFor();
    expect(await source.locator('[data-line]').count()).toBe(1466 - 1289 + 1);
    expect((await source.locator('[data-line="1293"] .dd-line-text').innerText()).trim()).toBe(SOURCE[1292]!.trim());
    expect(SOURCE[1292]!.trim()).toBe('会议经费');
    await form.locator('tr[data-indicator="1"]').click();
    const focused = source.locator('.dd-line-focus');
    expect(await focused.getAttribute('data-line')).toBe('1378');
    expect(await focused.innerText()).toContain('招开会议次数');
    expect(page.url()).toContain('eval=004_77a491ca9b0fee99.txt%237');
    await screenshot(page, '8-drilldown');
    expect(session.browser.errors).toEqual([]);
  });

  it('reopens from the URL and closes with Escape', async () => {
    const { page } = session.browser;
    await openApp(page, `lang=en&eval=${encodeURIComponent(MEETING)}`);
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    await page.locator('[data-testid="source-panel"] [data-line="1466"]').waitFor();
    expect(await page.locator('[data-testid="evaluation-form"] caption').innerText()).toContain('Project expenditure performance self-evaluation');
    await screenshot(page, '8-drilldown-en');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="drilldown"]', { state: 'detached' });
    expect(page.url()).not.toContain('eval=');
  });

  it('prints the current view on A4 with the filters and KPI figures, controls hidden', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=records&year=2020');
    await tableReady(page, 'records-evaluations');
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('[data-testid="print-header"]');
    expect(await header.isVisible()).toBe(true);
    expect(await header.innerText()).toContain('年度: 2020');
    expect(await header.innerText()).toContain('项目数');
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.dt-filter').first().isVisible()).toBe(false);
    await screenshot(page, '9-print-records');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    await page.emulateMedia({ media: 'screen' });
  });
});
