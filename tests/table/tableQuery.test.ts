import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { ArrowSqlConnection } from '../../src/db/connection';
import { filterClause } from '../../src/query/filterClause';
import { NO_FILTERS } from '../../src/query/filters';
import { contractRelation } from '../../src/table/columns';
import { contractRowSource } from '../../src/table/rowSource';
import { rowsSql, TABLE_ALIAS, whereClause, type TableQuery } from '../../src/table/tableQuery';
import { contractDbSuite } from '../query/contractDb';

const db = contractDbSuite();

/** The 11 forms of 湘西自治州 2020 (file 004), as the Records table asks for them. */
function xiangxi(extra: Partial<TableQuery> = {}): TableQuery {
  const global = filterClause({ ...NO_FILTERS, years: [2020], regions: ['湘西自治州'] }, 'evaluation', TABLE_ALIAS);
  return {
    relation: contractRelation('evaluations'),
    columns: ['eval_id', 'project', 'budget_full_year', 'executed', 'execution_rate', 'total_score'],
    conditions: [{ sql: global.where, params: global.params }],
    columnFilters: [],
    sorting: [{ id: 'execution_rate', desc: false }],
    ...extra,
  };
}

const TOTALS = {
  executed: { kind: 'sum' },
  total_score: { kind: 'avg' },
  execution_rate: { kind: 'ratio', numerator: 'executed', denominator: 'budget_full_year' },
} as const;

describe('table query over the real contract tables', () => {
  it('counts and totals the filtered rows in SQL', async () => {
    const { count, totals } = await contractRowSource(db.conn, xiangxi(), TOTALS).summary();
    const [check] = await db.conn.rows<{ n: number; executed: number; rate: number }>(
      `SELECT count(*) n, sum(executed) executed,
              sum(executed) FILTER (WHERE budget_full_year IS NOT NULL) / sum(budget_full_year) FILTER (WHERE executed IS NOT NULL) rate
         FROM evaluations WHERE year = 2020 AND region = '湘西自治州'`,
    );
    expect(count).toBe(11);
    expect(check!.n).toBe(11);
    expect(totals.executed).toBeCloseTo(1746.78, 2);
    expect(totals.execution_rate).toBeCloseTo(check!.rate, 10);
  });

  it('sorts in SQL and returns the same rows window by window', async () => {
    const source = contractRowSource(db.conn, xiangxi(), {});
    const windows = [...(await source.window(0, 4)), ...(await source.window(4, 4)), ...(await source.window(8, 4))];
    const all = await db.conn.rows(rowsSql(xiangxi()).sql, rowsSql(xiangxi()).params);
    expect(windows).toEqual(all);
    const rates = windows.map((r) => r.execution_rate as number | null).filter((r) => r !== null) as number[];
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const meeting = windows.find((r) => r.project === '会议经费');
    expect(meeting).toMatchObject({ budget_full_year: 102.46, executed: 54.76, total_score: 96 });
  });

  it('sorts a large result once into a temporary table and drops it when disposed', async () => {
    const temporary = async () =>
      (await db.conn.rows<{ table_name: string }>(`SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'table_view_sorted_%'`)).map((t) => t.table_name);
    const before = await temporary();
    const source = contractRowSource(db.conn, xiangxi(), {});
    const first = await source.window(0, 3);
    await source.window(3, 3);
    const made = (await temporary()).filter((t) => !before.includes(t));
    expect(made).toHaveLength(1);
    expect(first.map((r) => r.project)).toEqual((await db.conn.rows(rowsSql(xiangxi()).sql, rowsSql(xiangxi()).params)).slice(0, 3).map((r) => r.project));
    await source.dispose!();
    expect(await temporary()).toEqual(before);
  });

  it('reads an unsorted table in its stored contract order, without a sort', async () => {
    const unsorted = xiangxi({ sorting: [] });
    expect(rowsSql(unsorted).sql).not.toContain('ORDER BY');
    const source = contractRowSource(db.conn, unsorted, {});
    const windows = [...(await source.window(0, 6)), ...(await source.window(6, 6))];
    const ordered = await db.conn.rows(
      `SELECT eval_id FROM evaluations WHERE year = 2020 AND region = '湘西自治州' ORDER BY year, region, department, source_file, form_index`,
    );
    expect(windows.map((r) => r.eval_id)).toEqual(ordered.map((r) => r.eval_id));
  });

  it('applies per-column filters as parameters', async () => {
    const query = xiangxi({ columnFilters: [{ id: 'project', value: '会议' }, { id: 'execution_rate', value: '<60%' }] });
    const rows = await contractRowSource(db.conn, query, {}).window(0, 50);
    expect(rows.map((r) => r.project)).toContain('会议经费');
    expect(rows.every((r) => (r.execution_rate as number) < 0.6 && String(r.project).includes('会议'))).toBe(true);
  });

  it('reports an unreadable filter and leaves it out', async () => {
    const query = xiangxi({ columnFilters: [{ id: 'total_score', value: 'high' }] });
    expect(Object.keys(whereClause(query).errors)).toEqual(['total_score']);
    expect((await contractRowSource(db.conn, query, {}).summary()).count).toBe(11);
  });

  it('refuses a sort or filter column that is not in the contract', () => {
    expect(() => rowsSql(xiangxi({ sorting: [{ id: 'executed; DROP TABLE evaluations', desc: false }] }))).toThrow(/Unknown column/);
    expect(() => whereClause(xiangxi({ columnFilters: [{ id: 'nope', value: '1' }] }))).toThrow(/Unknown column/);
  });

  it('slices windows from one whole-result Arrow fetch when the result is small', async () => {
    const fetched: string[] = [];
    const arrowConn: ArrowSqlConnection = {
      run: (sql, params) => db.conn.run(sql, params),
      rows: (sql, params) => db.conn.rows(sql, params),
      arrow: async (sql, params) => {
        fetched.push(sql);
        return tableFromJSON(await db.conn.rows(sql, params));
      },
    };
    const source = contractRowSource(arrowConn, xiangxi(), {});
    const first = await source.window(0, 5);
    const second = await source.window(5, 5);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).not.toContain('LIMIT');
    expect([...first, ...second]).toEqual(await contractRowSource(db.conn, xiangxi(), {}).window(0, 10));
    // Above the cell limit every window is its own query.
    const windowed = contractRowSource(arrowConn, xiangxi(), {}, 10);
    await windowed.window(0, 5);
    expect(fetched).toHaveLength(1);
  });
});
