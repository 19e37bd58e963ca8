import type { Page } from 'playwright-core';

/** Waits until the table's summary and every visible row have arrived. */
export const tableReady = (page: Page, testId: string) => page.waitForSelector(`[data-testid="${testId}"][data-ready="true"]`);

/** The table's row count as shown (`51 行`). */
export const rowCount = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"] [data-testid="row-count"]`).innerText();
