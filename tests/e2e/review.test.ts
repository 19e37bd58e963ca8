import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, openSettled, screenshot } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

const HASH = `view=findings&year=2024&region=${encodeURIComponent('淮南市')}`;
const TABLE = 'findings-table';

/** Status of each finding in the table's visible rows, by flag id ('' when it has no note). */
async function tableStatuses(page: Page): Promise<Record<string, string>> {
  const buttons = page.locator(`[data-testid="${TABLE}"] [data-testid="review-open"]`);
  return Object.fromEntries(
    await buttons.evaluateAll((els) => els.map((el) => [el.getAttribute('data-subject')!, el.getAttribute('data-status')!] as const)),
  );
}

/** Fills the open review editor and saves it. */
async function review(page: Page, status: string, note: string, reason?: string): Promise<void> {
  const editor = page.locator('[data-testid="review-editor"]');
  await editor.locator(`input[name="review-status"][value="${status}"]`).check();
  if (reason !== undefined) await editor.locator('input[name="review-reason"]').fill(reason);
  await editor.locator('textarea[name="review-note"]').fill(note);
  await editor.locator('[data-testid="review-save"]').click();
  await editor.waitFor({ state: 'detached' });
}

describe('reviewer notes (built app in headless Chromium)', () => {
  const session = appSession();
  let exported = '';
  let marked: Record<string, string> = {};

  it('marks three findings (one of each status) in the findings table and the drill-down, and they survive a reload', async () => {
    const { page } = session.browser;
    await openSettled(page, HASH);
    await tableReady(page, TABLE);
    const ids = Object.keys(await tableStatuses(page)).slice(0, 3);
    expect(ids).toHaveLength(3);
    const inRow = (id: string) => page.locator(`[data-testid="review-open"][data-subject="${id}"]`);
    const button = (id: string) => page.locator(`[data-testid="${TABLE}"]`).locator(inRow(id));

    await button(ids[0]!).click();
    await review(page, 'confirmed', '已调阅支付凭证，属实');
    await button(ids[1]!).click();
    await review(page, 'dismissed', '=1+1 <b>不是HTML</b>', '偏差说明已补充');
    // The third in the drill-down: a click on its row opens the form.
    await page.locator(`[data-testid="${TABLE}"] .dt-row`, { has: inRow(ids[2]!) }).locator('[role="cell"]').first().click();
    const drill = page.locator('[data-testid="drilldown"]');
    await drill.locator(`[data-flag="${ids[2]}"] [data-testid="review-open"]`).click();
    await review(page, 'to_verify', '待财政局反馈');
    expect(await drill.locator(`[data-flag="${ids[2]}"] [data-testid="review-open"]`).getAttribute('data-status')).toBe('to_verify');
    await screenshot(page, '12-review-drilldown');
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });

    marked = { [ids[0]!]: 'confirmed', [ids[1]!]: 'dismissed', [ids[2]!]: 'to_verify' };
    await page.reload();
    await page.waitForSelector('[data-active-view]');
    await tableReady(page, TABLE);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="findings-table"] [data-testid="review-open"]:not([data-status=""])').length === n,
      3,
    );
    expect(await tableStatuses(page)).toMatchObject(marked);
    // The note is text in the table, never markup.
    const row = page.locator(`[data-testid="${TABLE}"] .dt-row`, { has: inRow(ids[1]!) });
    expect(await row.innerText()).toContain('=1+1 <b>不是HTML</b>');
    expect(await page.locator(`[data-testid="${TABLE}"] b`).count()).toBe(0);
    const counts = page.locator('[data-testid="review-counts"]');
    for (const status of ['confirmed', 'dismissed', 'to_verify']) expect(await counts.locator(`[data-status="${status}"]`).innerText()).toMatch(/ 1$/);
    await screenshot(page, '12-review-findings');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="notes-export"]')]);
    exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { format: string; notes: { subjectId: string; status: string; reason: string }[] };
    expect(file.format).toBe('evallens-review-notes');
    expect(Object.fromEntries(file.notes.map((n) => [n.subjectId, n.status]))).toEqual(marked);
    expect(file.notes.find((n) => n.status === 'dismissed')?.reason).toBe('偏差说明已补充');
    expect(session.browser.errors).toEqual([]);
  });

  it('imports the exported notes into a fresh browser profile: the same notes; a note on other data is kept as orphaned', async () => {
    const file = JSON.parse(exported) as { notes: Record<string, unknown>[] };
    // A colleague's note on another version of the document: no finding of this data matches it.
    const orphan = { ...file.notes[0]!, sourceSha256: 'f'.repeat(64), note: '旧版数据上的意见' };
    const imported = JSON.stringify({ ...file, notes: [...file.notes, orphan] });
    const fresh = await launchBrowser();
    try {
      const { page } = fresh;
      await openSettled(page, HASH);
      await tableReady(page, TABLE);
      expect(Object.values(await tableStatuses(page)).filter(Boolean)).toEqual([]);
      await page.setInputFiles('[data-testid="notes-import"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(imported) });
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="findings-table"] [data-testid="review-open"]:not([data-status=""])').length === n,
        3,
      );
      // The table reloads once the notes are in (its rows are drawn again): read them once they are back.
      await expect.poll(() => tableStatuses(page), { timeout: 10_000 }).toMatchObject(marked);
      expect(await page.locator('[data-testid="review-panel"] [role="status"]').innerText()).toContain('新增 4 条');
      const orphans = page.locator('[data-testid="review-orphans"] li');
      await orphans.first().waitFor();
      expect(await orphans.count()).toBe(1);
      expect(await orphans.first().innerText()).toContain('旧版数据上的意见');
      expect(await page.locator('[data-testid="review-counts"] [data-status="orphaned"]').innerText()).toMatch(/ 1$/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="notes-export"]')]);
      const again = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { notes: { sourceSha256: string }[] };
      expect(again.notes.filter((n) => n.sourceSha256 !== orphan.sourceSha256)).toEqual(file.notes);
      expect(again.notes).toHaveLength(4);
      await screenshot(page, '12-review-imported');
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
