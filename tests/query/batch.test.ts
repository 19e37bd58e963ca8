import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowColumns } from '../../src/db/arrowValues';
import type { ArrowSqlConnection } from '../../src/db/connection';
import { loadContractTables } from '../../src/db/contractLoader';
import { openParquet } from '../../src/db/parquetDecoder';
import { batchColumns, batchSql } from '../../src/query/batch';
import { NO_FILTERS, type Filters } from '../../src/query/filters';
import type { NamedQuery } from '../../src/query/namedQuery';
import { byDepartmentQuery, byYearQuery, departmentYearChangesQuery } from '../../src/views/compare/queries';
import { budgetChangeQuery, histogramQuery, rankingQuery } from '../../src/views/execution/queries';
import { countsByDepartmentYearQuery, countsByRuleQuery } from '../../src/views/findings/findingsQueries';
import { fullMarkShareQuery, scatterQuery } from '../../src/views/inflation/queries';
import { heatmapQuery, kpiQuery } from '../../src/views/overview/queries';
import { issueCountsQuery, issuesQuery } from '../../src/views/targets/queries';
import { openWasmNode } from '../support/wasmNodeConnection';
import { PARQUET_DIR } from './contractDb';

/** Every view's queries under the filters, in the views' order. */
const viewQueries = (f: Filters): NamedQuery[] => [
  kpiQuery(f), heatmapQuery(f), rankingQuery(f), histogramQuery(f), budgetChangeQuery(f), scatterQuery(f), fullMarkShareQuery(f),
  issueCountsQuery(f), issuesQuery(f), byDepartmentQuery(f), byYearQuery(f), departmentYearChangesQuery(f),
  countsByRuleQuery(f), countsByDepartmentYearQuery(f),
];

const FILTERS: [string, Filters][] = [
  ['no filter', NO_FILTERS],
  ['2024 + 淮南市', { ...NO_FILTERS, years: [2024], regions: ['淮南市'] }],
  ['a search (detail tables)', { ...NO_FILTERS, search: '经费', rateMax: 0.9 }],
  ['nothing matches', { ...NO_FILTERS, years: [1999] }],
];

describe('batched view queries in DuckDB-WASM', () => {
  let wasm: ArrowSqlConnection;
  beforeAll(async () => {
    const conn = await openWasmNode();
    await loadContractTables(conn, async (name) => (existsSync(join(PARQUET_DIR, name)) ? openParquet(new Blob([readFileSync(join(PARQUET_DIR, name))])) : null));
    wasm = conn;
  }, 60_000);

  it.each(FILTERS)('give each query the columns and rows it gives alone, in its order (%s)', async (_label, filters) => {
    const queries = viewQueries(filters);
    const { sql, params } = batchSql(queries);
    const batched = batchColumns(await wasm.arrow(sql, params), queries.length);
    for (const [i, q] of queries.entries()) {
      const alone = arrowColumns(await wasm.arrow(q.sql, q.params));
      const rows = Object.values(alone)[0]?.length ?? 0;
      // An empty answer comes back without its columns: the views show "no data" for it either way.
      expect(batched[i], q.name).toEqual(rows === 0 ? {} : alone);
    }
  }, 60_000);

  it('sends one statement with the parameters in order', () => {
    const queries = viewQueries({ ...NO_FILTERS, years: [2024], search: 'x' });
    const { sql, params } = batchSql(queries);
    expect(sql.startsWith('SELECT (SELECT list(q ORDER BY q.__row)')).toBe(true);
    expect(params).toEqual(queries.flatMap((q) => q.params));
  });
});
