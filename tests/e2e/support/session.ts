import { afterAll, beforeAll } from 'vitest';
import { NodeConnection } from '../../../src/db/nodeConnection';
import { parquetPath } from '../../query/contractDb';
import { launchBrowser, type Browser } from './browser';

/** The corpus evaluations the app loads, as native DuckDB reads them for expected values. */
export const EVALUATIONS_PARQUET = `read_parquet('${parquetPath('evaluations')}')`;

export interface AppSession {
  /** Headless Chromium with one page (see `launchBrowser`). */
  readonly browser: Browser;
  /** Native DuckDB, to compute the expected values from the same Parquet files. */
  readonly sql: NodeConnection;
}

/**
 * Call inside a `describe`: launches the browser and opens a native DuckDB connection before
 * its tests and closes both after them. Read the fields inside the tests (they are set by then).
 */
export function appSession(): AppSession {
  const session = {} as { browser: Browser; sql: NodeConnection };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.sql = await NodeConnection.open();
  });
  afterAll(async () => {
    await session.browser?.close();
    session.sql?.close();
  });
  return session;
}
