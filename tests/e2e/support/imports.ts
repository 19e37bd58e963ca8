import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** The overview's KPI as shown. */
export const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).innerText();

/** Waits until the imports are merged (or none are stored) and nothing runs on them. */
export const importsSettled = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.imports === 'current', null, { timeout: 120_000, polling: 200 });

export async function openImportPanel(page: Page, tab: 'import' | 'datasets' = 'import'): Promise<void> {
  if ((await page.locator('[data-testid="import-panel"]').count()) === 0) await page.click('[data-testid="import-open"]');
  await page.click(`[data-testid="import-tab-${tab}"]`);
}

export async function closeImportPanel(page: Page): Promise<void> {
  if ((await page.locator('[data-testid="import-panel"]').count()) > 0) await page.click('[data-testid="import-close"]');
}

const FINISHED = ['ready', 'failed', 'duplicate', 'unpacked', 'accepted', 'discarded'];

/** Picks files with the file picker and waits until the review lists at least `items` entries, all read. */
export async function pickFiles(page: Page, paths: readonly string[], items = paths.length): Promise<void> {
  await openImportPanel(page);
  await page.setInputFiles('[data-testid="import-files"]', [...paths]);
  await allRead(page, items);
}

/**
 * Drops a folder on the page as the operating system does (CDP Input.dispatchDragEvent with its
 * path: the page gets a directory entry and walks it) and waits until the review lists at least
 * `items` entries, all read.
 */
export async function dropFolder(page: Page, dir: string, items: number): Promise<void> {
  // Chromium delivers a drop to the element the last dragover went to. A real drag sends dragover after dragover; this one
  // sends one, and when the page redraws under the pointer in between (a panel re-rendering) the next element gets a
  // dragenter and the drop goes nowhere: the page never hears of it (1 run in 3 of the import-scale test). Such a drop is
  // sent again; one the page got (counted by a listener before the app's) is never sent twice.
  await page.evaluate(() => {
    const w = window as unknown as { dropsSeen: number; dropCounter?: boolean };
    w.dropsSeen = 0;
    if (!w.dropCounter) window.addEventListener('drop', () => (w.dropsSeen += 1), true);
    w.dropCounter = true;
  });
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [dir], dragOperationsMask: 1 };
  for (let attempt = 1; ; attempt++) {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 400, y: 300, data });
    const received = await page.waitForFunction(() => (window as unknown as { dropsSeen: number }).dropsSeen > 0, undefined, { timeout: 3_000, polling: 100 }).then(
      () => true,
      () => false,
    );
    if (received) break;
    if (attempt === 3) throw new Error(`the page got none of ${attempt} drops of ${dir}`);
  }
  await cdp.detach();
  await allRead(page, items);
}

/** Waits until the review lists at least `items` entries and every one is read (or failed). */
async function allRead(page: Page, items: number): Promise<void> {
  await page.waitForFunction(
    ([n, finished]) => {
      const all = [...document.querySelectorAll('[data-testid="import-overall"]')];
      const overall = all[0] as HTMLElement | undefined;
      if (!overall) return false;
      const done = Number(overall.dataset.done);
      const total = Number(overall.dataset.total);
      return total >= n && done === total && [...document.querySelectorAll('[data-testid="import-item"]')].every((e) => finished.includes(e.getAttribute('data-phase') ?? ''));
    },
    [items, FINISHED] as const,
    // Polled every 200 ms, not every frame: a frame asked for by the test is a frame (and a commit) the page would not draw.
    { timeout: 120_000, polling: 200 },
  );
}

/** Phase and message of each listed file (the list is virtualized: the panel is tall enough in these tests to show them all). */
export async function listed(page: Page): Promise<Record<string, { phase: string; message: string }>> {
  const rows = await page.locator('[data-testid="import-item"]').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-name') ?? '', { phase: e.getAttribute('data-phase') ?? '', message: e.querySelector('[data-testid="import-message"]')?.textContent ?? '' }] as const),
  );
  return Object.fromEntries(rows);
}

export async function acceptAll(page: Page): Promise<void> {
  await page.click('[data-testid="import-accept-all"]');
  // A thousand sources merge in 20-40 s on a loaded 2-core machine.
  await page.waitForFunction(() => !document.querySelector('[data-testid="import-item"][data-phase="accepting"]'), null, { timeout: 300_000, polling: 200 });
  await importsSettled(page);
}

/** The store's fingerprint as the datasets panel shows it. */
export async function shownFingerprint(page: Page): Promise<string> {
  await openImportPanel(page, 'datasets');
  return (await page.locator('[data-testid="store-fingerprint"]').getAttribute('data-sha256')) ?? '';
}

/**
 * The stored data's fingerprint computed here, independently of the app's code: every record of
 * the IndexedDB store `evallens-imports/sources` (name, hash, import time, SHA-256 of its stored
 * rows), in key order.
 */
export function storeFingerprint(page: Page): Promise<{ sources: number; sha256: string }> {
  return page.evaluate(async () => {
    const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('evallens-imports');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise<{ name: string; sha256: string; importedAt: string; bundle: Uint8Array<ArrayBuffer> }[]>((resolve, reject) => {
      const req = db.transaction('sources').objectStore('sources').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const lines: string[] = [];
    for (const r of records) lines.push(`${r.name}\t${r.sha256}\t${r.importedAt}\t${hex(await crypto.subtle.digest('SHA-256', r.bundle))}`);
    return { sources: records.length, sha256: hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(lines.join('\n')))) };
  });
}

/** Clicks the export button and unpacks the downloaded zip into `dir` (returns the zip's entries). */
export async function exportZip(page: Page, dir: string): Promise<Record<string, Uint8Array>> {
  await openImportPanel(page, 'datasets');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid="dataset-export"]')]);
  const zip = readFileSync((await download.path())!);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, download.suggestedFilename()), zip);
  const files = unzipSync(new Uint8Array(zip));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return files;
}
