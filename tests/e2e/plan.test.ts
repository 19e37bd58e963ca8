import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openSettled, screenshot, settle } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

const HOTLINE = '000_82397be2bbd94de5.txt#1';
const WEBSITE = '000_82397be2bbd94de5.txt#8';
const PLAN = '[data-testid="plan-comparison"]';

/** A row of the comparison by its published (`plan`) or evaluated (`eval`) indicator name. */
const planRow = (page: Page, side: 'plan' | 'eval', name: string) => page.locator(`${PLAN} tr[data-${side}-name="${name}"]`);

/** The drill-down and its comparison are taller than the window: a tall one for the screenshot, then back. */
async function tallScreenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1700 });
  await page.waitForTimeout(300);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('plan beside evaluation (built app in headless Chromium)', () => {
  const session = appSession();

  it('opens the 12345 hotline beside its published target table from the drill-down: 群众满意度 → 群众和社会满意率 paired (0.36), 7 dropped, 6 added', async () => {
    const { page } = session.browser;
    await openSettled(page, `eval=${encodeURIComponent(HOTLINE)}`);
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    await page.click('[data-dd-tab="plan"]');
    await page.locator(PLAN).waitFor();
    expect(page.url()).toContain('dd=plan');

    expect(await page.locator('[data-testid="plan-doc-target"] strong').innerText()).toBe('12345政务热线服务项目');
    expect(await page.locator('[data-testid="plan-doc-eval"] strong').innerText()).toBe('12345政务服务便民热线运营费用');
    expect(await page.locator('[data-testid="plan-summary"]').innerText()).toBe('指标：两表都有 2 项（其中改名 2 项）· 删去 7 项 · 新增 6 项 · 目标放宽 0 项');

    const satisfaction = planRow(page, 'plan', '群众满意度');
    expect(await satisfaction.getAttribute('data-eval-name')).toBe('群众和社会满意率');
    expect(await satisfaction.locator('.plan-pair').innerText()).toContain('改名 0.36');
    expect(await satisfaction.locator('.plan-pair').getAttribute('data-similarity')).toBe('0.3636');
    expect(await satisfaction.locator('[data-change]').getAttribute('data-change')).toBe('tighter'); // ≥90% → ≥98%
    expect(await planRow(page, 'plan', '成本').getAttribute('data-eval-name')).toBe('成本支出总量');
    // Dropped and added apart, each with its plan.indicator_changed finding.
    expect(await page.locator(`${PLAN} tr.plan-removed`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-plan-name')))).toEqual([
      '日均受理话务量', '话务运营畅通', '及时响应量', '节约成本指标', '及时回应社会关切', '推动绿色发展', '对我市经济发展影响',
    ]);
    expect(await page.locator(`${PLAN} tr.plan-added`).count()).toBe(6);
    expect(await page.locator(`${PLAN} tr.plan-removed .sev-tag, ${PLAN} tr.plan-added .sev-tag`).count()).toBe(13);
    // The funds agree: 492.00 published, 492.00 initial, not highlighted.
    const funds = page.locator('[data-testid="plan-budget"] tr[data-budget="plan-vs-initial"]');
    expect(await funds.getAttribute('data-changed')).toBe('false');
    expect(await funds.innerText()).toContain('492.00');

    // Both documents' source lines one click away: the published line 607 and the evaluated line 216.
    await satisfaction.locator('[data-line-link="plan"]').click();
    await page.locator('[data-testid="plan-source-target"] .dd-line-focus[data-line="607"]').waitFor();
    expect(await page.locator('[data-testid="plan-source-target"] .dd-line-focus').innerText()).toContain('群众满意度');
    expect(await page.locator('[data-testid="plan-source-eval"] .dd-line-focus').getAttribute('data-line')).toBe('216');
    expect(await page.locator('[data-testid="plan-source-eval"] .dd-line-focus').innerText()).toContain('群众和社会满意率');
    await tallScreenshot(page, '11-plan-12345');

    // The URL reopens the comparison.
    const url = page.url();
    await page.goto('about:blank');
    await openApp(page, url.split('#')[1]);
    await page.locator(PLAN).waitFor();
    expect(await planRow(page, 'plan', '群众满意度').getAttribute('data-eval-name')).toBe('群众和社会满意率');
    expect(session.browser.errors).toEqual([]);
  });

  it('highlights a budget raised in the year and a loosened target (政府网站安全运行专项经费: 12.90 → 104.20, ≤182.31 → ≤182.68万元)', async () => {
    const { page } = session.browser;
    await openSettled(page, `eval=${encodeURIComponent(WEBSITE)}&dd=plan&lang=en`);
    await page.locator(PLAN).waitFor();
    const adjusted = page.locator('[data-testid="plan-budget"] tr[data-budget="adjusted"]');
    expect(await adjusted.getAttribute('data-changed')).toBe('true');
    expect(await adjusted.getAttribute('class')).toContain('plan-hl');
    expect(await adjusted.innerText()).toContain('104.20');
    expect(await adjusted.innerText()).toContain('+91.30');
    expect(await page.locator('[data-testid="plan-budget"] tr[data-budget="plan-vs-initial"]').getAttribute('data-changed')).toBe('false');
    const cost = planRow(page, 'plan', '项目总成本');
    expect(await cost.getAttribute('class')).toContain('plan-loosened');
    expect(await cost.locator('[data-change]').innerText()).toContain('loosened: ceiling raised');
    expect(await page.locator('[data-testid="plan-summary"]').innerText()).toBe('Indicators: 8 in both (0 renamed) · 1 dropped · 0 added · 1 loosened');
    await tallScreenshot(page, '11-plan-website-en');
  });

  it('is reachable from a plan.* finding, in the findings table and in the drill-down', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=findings&filter.findings.rule_id=plan.indicator_changed&filter.findings.project=12345');
    await tableReady(page, 'findings-table');
    await page.locator('[data-testid="findings-table"] .dt-body [role="row"]').first().click();
    await page.locator(PLAN).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`eval=${HOTLINE}`);
    expect(page.url()).toContain('dd=plan');
    expect(await planRow(page, 'plan', '群众满意度').getAttribute('data-eval-name')).toBe('群众和社会满意率');

    // Back to the form: its plan.* findings offer the comparison too.
    await page.click('[data-dd-tab="form"]');
    await page.locator('[data-testid="evaluation-form"]').waitFor();
    const link = page.locator('[data-testid="drilldown-findings"] [data-open-plan^="plan.indicator_changed:"]').first();
    await link.click();
    await page.locator(PLAN).waitFor();
    await settle(page);
    expect(session.browser.errors).toEqual([]);
  });
});
