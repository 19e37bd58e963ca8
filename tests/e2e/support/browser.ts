import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium (installed by `node tests/setup/ensure-deps.mjs --browser`; never a downloaded browser). */
const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../.artifacts/screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every request the page (and its workers) made, in order, whatever its origin. */
  requests: string[];
  /** Every request the page made whose origin is not the app's (must stay empty). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** The built app's URL (from the global setup). */
export const appUrl = (): string => inject('appUrl');

/**
 * The app's URL under another host name that resolves to this machine (see `launchBrowser`'s
 * `hostAlias`): a page there is no secure context, as on an intranet server over plain http.
 */
export function appUrlAt(host: string): string {
  const url = new URL(appUrl());
  url.hostname = host;
  return url.href;
}

/**
 * Launches headless Chromium with a fresh profile and one page, recording every request
 * (those outside the app's origin apart) and console errors; requests for hosts other than
 * this machine are aborted. With `hostAlias`, that host name resolves to this machine and the
 * app's origin is the app's URL under it (`appUrlAt`).
 */
export async function launchBrowser(viewport = { width: 1440, height: 900 }, { hostAlias }: { hostAlias?: string } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run node tests/setup/ensure-deps.mjs --browser (Debian chromium + fonts-noto-cjk)`);
  const profile = mkdtempSync(join(tmpdir(), 'evallens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: hostAlias ? [...ARGS, `--host-resolver-rules=MAP ${hostAlias} 127.0.0.1`] : ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const origin = new URL(hostAlias ? appUrlAt(hostAlias) : appUrl()).origin;
  const local = hostAlias ? new Set([...LOCAL_HOSTS, hostAlias]) : LOCAL_HOSTS;
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  // Requests for any host but this machine are aborted (and recorded above): a test sends nothing out.
  await context.route((url) => /^https?:$/.test(url.protocol) && !local.has(url.hostname), (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    requests,
    foreignRequests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app with a URL-state hash (e.g. `view=execution&year=2024`) and waits until the data is loaded. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${appUrl()}${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('[data-active-view]', { timeout: 60_000 });
}

/** Waits until every table is loaded, the flags follow the URL's rule settings, and every chart and query of the active view has rendered. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.data === 'complete' &&
      document.documentElement.dataset.flags === 'current' &&
      document.querySelector('[data-active-view]') &&
      !document.querySelector('.query-loading, .query-refreshing'),
  );
  await page.waitForTimeout(300);
}

/** `openApp`, then `settle`: the view at that hash with every chart and query rendered. */
export async function openSettled(page: Page, hash = ''): Promise<void> {
  await openApp(page, hash);
  await settle(page);
}

/** Saves a full-page screenshot to tests/.artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
