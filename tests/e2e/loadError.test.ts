import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/serve/serveStatic';
import { BASE_PATH } from './support/globalSetup';
import { launchBrowser, screenshot, type Browser } from './support/browser';

/** A copy of the built app (symbolic links) without one of its files. */
function copyWithout(appDir: string, omit: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'evallens-e2e-broken-'));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(appDir, path);
      if (statSync(path).isDirectory()) {
        mkdirSync(join(copy, rel), { recursive: true });
        walk(path);
      } else if (rel !== omit) {
        symlinkSync(path, join(copy, rel));
      }
    }
  };
  walk(appDir);
  return copy;
}

describe('load error page', () => {
  let browser: Browser;
  let server: StaticServer;
  let copy: string;
  beforeAll(async () => {
    copy = copyWithout(inject('appDir'), join('data', 'parquet', 'indicators.parquet'));
    server = await serveStatic({ root: copy, basePath: BASE_PATH });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('names the missing contract file instead of showing a dashboard', async () => {
    const { page } = browser;
    await page.goto(server.url);
    const error = page.locator('[data-testid="load-error"]');
    await error.waitFor({ timeout: 60_000 });
    const text = await error.innerText();
    expect(text).toContain('数据加载失败');
    expect(text).toContain('data/parquet/indicators.parquet');
    expect(text).toContain('npm run ingest');
    expect(await page.locator('[data-active-view]').count()).toBe(0);
    await screenshot(page, 'load-error');
  });
});
