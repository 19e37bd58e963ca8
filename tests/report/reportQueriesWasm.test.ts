import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlConnection } from '../../src/db/connection';
import { openParquet } from '../../src/db/parquetDecoder';
import { readManifest } from '../../src/store/readManifest';
import { loadContractTables } from '../../src/db/contractLoader';
import { NO_FILTERS } from '../../src/query/filters';
import { allReportQueries, reportQueries } from '../../src/report/reportQueries';
import { writeNotesTable } from '../../src/review/reviewSql';
import { runRules } from '../../src/rules/runRules';
import { defaultSettings, parseSettings } from '../../src/rules/settings';
import { PARQUET_DIR, contractDbSuite } from '../query/contractDb';
import { openWasmNode } from '../support/wasmNodeConnection';

const CASES = [
  { name: '2024 + 淮南市', filters: { ...NO_FILTERS, years: [2024], regions: ['淮南市'] }, settings: defaultSettings() },
  { name: 'the corpus, steps profile for 大同市', filters: NO_FILTERS, settings: parseSettings('profile@大同市=steps;exec.low.high=50') },
];

/** Numbers to 12 significant digits: sums of doubles may differ in their last bits with the order DuckDB adds them in. */
const rounded = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(12)) : v])));

/** The report's SQL runs in DuckDB-WASM (the page's engine) and gives what native DuckDB gives. */
describe('report queries in DuckDB-WASM', () => {
  const native = contractDbSuite();
  let wasm: SqlConnection;
  beforeAll(async () => {
    const conn = await openWasmNode();
    await loadContractTables(
      conn,
      async (n) => (existsSync(join(PARQUET_DIR, n)) ? openParquet(new Blob([readFileSync(join(PARQUET_DIR, n))])) : null),
      readManifest(PARQUET_DIR),
    );
    wasm = conn;
    for (const c of [native.conn, wasm]) await writeNotesTable(c, []);
  }, 60_000);

  for (const c of CASES) {
    it(`gives the native results: ${c.name}`, async () => {
      for (const conn of [native.conn, wasm]) await runRules(conn, c.settings);
      for (const q of allReportQueries(reportQueries(c.filters, c.settings))) {
        const [a, b] = [await native.conn.rows<Record<string, unknown>>(q.sql, q.params), await wasm.rows<Record<string, unknown>>(q.sql, q.params)];
        expect(rounded(b), q.id).toEqual(rounded(a));
      }
    }, 60_000);
  }
});
