/**
 * The app served over plain http from a host that is not this machine, as government intranets
 * serve it (headless Chromium, the host name mapped to the local server): the page is no secure
 * context, so the browser withholds Web Crypto; imports still read and hash their documents.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrlAt, launchBrowser, settle, type Browser } from './support/browser';
import { acceptAll, closeImportPanel, kpi, listed, openImportPanel, pickFiles } from './support/imports';

const HOST = 'evallens.intranet';
const FORM = resolve(import.meta.dirname, '../fixtures/formats/form.txt');

describe('served over plain http from an intranet host (no secure context)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ width: 1440, height: 1400 }, { hostAlias: HOST });
  });
  afterAll(() => browser?.close());

  it('loads, imports a document and hashes it without Web Crypto, the SHA-256 sha256sum gives', async () => {
    const { page } = browser;
    await page.goto(`${appUrlAt(HOST)}#view=overview`);
    await page.waitForSelector('[data-active-view]', { timeout: 60_000 });
    await settle(page);
    expect(await page.evaluate(() => [window.isSecureContext, typeof globalThis.crypto?.subtle])).toEqual([false, 'undefined']);
    expect(await kpi(page, 'projects')).toBe('51');

    await pickFiles(page, [FORM]);
    expect((await listed(page))['form.txt']?.phase).toBe('ready');
    await acceptAll(page);
    await closeImportPanel(page);
    expect(await kpi(page, 'projects')).toBe('52');

    await openImportPanel(page, 'datasets');
    const shown = await page.locator('[data-testid="import-panel"] code[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(shown).toContain(createHash('sha256').update(readFileSync(FORM)).digest('hex'));
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 300_000);
});
