import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSettled, settle } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

/** Every chart of every view, by view (the corpus keeps them all under the filter used here). */
const CHARTS = { overview: 1, execution: 3, inflation: 2, targets: 1, compare: 2, findings: 1 };
/** The filter line drawn into each export: 仅看有风险线索 keeps 50 of the 51 forms. */
const FILTER = 'flagged=1';
const CAPTION = '仅看有风险线索';

interface SvgCheck {
  parserError: string | null;
  root: string;
  texts: string[];
  image: { width: number; height: number; inked: number } | string;
}

/** Parses the SVG as XML in the page and draws it as an image onto a canvas. */
function checkSvg(page: Page, svg: string): Promise<SvgCheck> {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const parserError = doc.querySelector('parsererror')?.textContent ?? null;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const image = await new Promise<SvgCheck['image']>((resolve) => {
      const img = new Image();
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) inked++;
        resolve({ width: canvas.width, height: canvas.height, inked });
      };
      img.onerror = () => resolve('the browser cannot draw it as an image');
      img.src = url;
    });
    URL.revokeObjectURL(url);
    return { parserError, root: doc.documentElement.tagName, texts, image };
  }, svg);
}

async function exportSvg(page: Page, figure: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-export="svg"]').click()]);
  expect(file.suggestedFilename()).toMatch(/^evallens-[\w-]+-\d{4}-\d{2}-\d{2}\.svg$/);
  return readFileSync((await file.path())!, 'utf8');
}

async function expectGoodSvg(page: Page, figure: Locator, caption: string): Promise<void> {
  const title = await figure.locator('.chart-title').innerText();
  const id = await figure.getAttribute('data-chart');
  const check = await checkSvg(page, await exportSvg(page, figure));
  expect(check.parserError, id!).toBeNull();
  expect(check.root, id!).toBe('svg');
  expect(check.texts, id!).toContain(title);
  expect(check.texts, id!).toContain(caption);
  const box = await figure.locator('.chart-canvas').boundingBox();
  expect(check.image, id!).toMatchObject({ width: Math.round(box!.width) });
  const image = check.image as { width: number; height: number; inked: number };
  // More than the title: axes, labels and marks (at least 2 % of the picture is ink).
  expect(image.inked / (image.width * image.height), id!).toBeGreaterThan(0.02);
}

describe('chart exports (built app in headless Chromium)', () => {
  const session = appSession();

  it('every chart of every view exports an SVG that parses as XML, draws as an image and carries its title and filter line', async () => {
    const { page } = session.browser;
    await openSettled(page, FILTER);
    let checked = 0;
    for (const [view, count] of Object.entries(CHARTS)) {
      await page.click(`[data-view="${view}"]`);
      await page.waitForSelector(`[data-active-view="${view}"]`);
      await settle(page);
      const figures = page.locator('[data-chart]:has(canvas)');
      expect(await figures.count(), view).toBe(count);
      for (let i = 0; i < count; i++) {
        await expectGoodSvg(page, figures.nth(i), CAPTION);
        checked++;
      }
    }
    // The SQL view's "chart this" (its example: execution rate by department).
    await page.click('[data-view="sql"]');
    await tableReady(page, 'sql-result');
    await page.click('[data-testid="sql-chart-toggle"]');
    await page.waitForSelector('[data-chart="sql-chart"] canvas');
    await expectGoodSvg(page, page.locator('[data-chart="sql-chart"]'), CAPTION);
    expect(checked + 1).toBe(11);
    expect(session.browser.errors).toEqual([]);
  });
});
