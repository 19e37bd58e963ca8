/**
 * The budget systems' single-file Word XML exports (Word 2003 XML saved as .doc, Word's flat XML package) read in the
 * page's import worker (built app in headless Chromium): the reader is loaded there as its own chunk on first use, and
 * each file gives the same self-evaluation as its .docx.
 */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSettled, type Browser } from './support/browser';
import { importsSettled, listed, pickFiles } from './support/imports';

const FORMATS = resolve(import.meta.dirname, '../fixtures/formats');
const FILES = ['form.docx', 'form.xml.doc', 'form.flat.xml'];

describe('importing Word XML documents in the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reviews a Word 2003 XML .doc and a flat XML package as the .docx: one form, its nine indicators, its figures', async () => {
    const { page } = browser;
    await openSettled(page);
    await importsSettled(page);
    await pickFiles(page, FILES.map((name) => join(FORMATS, name)));
    const review = await listed(page);
    for (const name of FILES) expect(review[name]?.phase, name).toBe('ready');
    const summaries: string[] = [];
    const forms: string[][] = [];
    for (const name of FILES) {
      const item = page.locator(`[data-testid="import-item"][data-name="${name}"]`);
      summaries.push(await item.locator('[data-testid="import-summary"]').innerText());
      await item.locator('.imp-expand').click();
      forms.push(await item.locator('[data-testid="import-form"] td').allInnerTexts());
    }
    expect(summaries[0]).toMatch(/^1 自评表 · 0 目标表 · 9 指标/);
    expect(summaries.slice(1)).toEqual([summaries[0], summaries[0]]);
    expect(forms[0]).toEqual(['1', '自评表 农村饮水安全工程维修养护项目', '青禾县水利局', '青禾县', '2024', '300.00', '280.17', '93.39%', '97.34', '完好']);
    expect(forms.slice(1)).toEqual([forms[0], forms[0]]);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 180_000);
});
