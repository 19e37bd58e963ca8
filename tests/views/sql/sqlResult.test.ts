import { describe, expect, it } from 'vitest';
import { CancellableConnection, QUERY_SLICE_MS } from '../../../src/db/cancellableConnection';
import { WasmConnection } from '../../../src/db/wasmConnection';
import { checkReadOnlySql, type ReadOnlySql } from '../../../src/views/sql/readOnlySql';
import { loadSchema } from '../../../src/views/sql/schemaList';
import { SQL_EXAMPLES } from '../../../src/views/sql/sqlExamples';
import { RESULT_ROW_CAP, isChartable, resultColumns, resultRowSource, resultRows, runToResult } from '../../../src/views/sql/sqlResult';
import { openAsyncWasmNode } from '../../support/asyncWasmNode';
import { contractDbSuite } from '../../query/contractDb';

const db = contractDbSuite();

const checked = (sql: string): ReadOnlySql => {
  const check = checkReadOnlySql(sql);
  if (!check.ok) throw new Error(check.reason.en);
  return check.sql;
};

describe('SQL view results', () => {
  it('shows years, ids, indexes and line numbers as plain digits (2024, not 2,024), other figures grouped', async () => {
    const result = await runToResult(
      db.conn,
      checked(`SELECT year, region, count(*) AS forms, sum(budget_full_year * 10) AS budget, min(line_start) AS first_line, max(form_index) AS form_index, any_value(年度) AS 年度 FROM (SELECT *, year AS 年度 FROM evaluations) GROUP BY year, region ORDER BY year`),
    );
    const columns = resultColumns(result.columns);
    const [row] = await resultRows(db.conn, 1);
    const cell = (id: string) => columns.find((c) => c.id === id)!.format(row![id], 'zh');
    expect(row).toMatchObject({ year: 2020, region: '湘西自治州', forms: 11 });
    expect(cell('year')).toBe('2020');
    expect(cell('年度')).toBe('2020');
    expect(cell('first_line')).toBe(String(row!.first_line));
    expect(cell('budget')).toBe('19,531.3');
    expect(columns.find((c) => c.id === 'forms')!.format(1500, 'zh')).toBe('1,500');
  });

  it('runs a checked query once into the result table, then reads its windows in the query’s order', async () => {
    const result = await runToResult(db.conn, checked(`SELECT project, executed, total_score FROM evaluations WHERE region = '湘西自治州' ORDER BY executed DESC -- largest first\n;`));
    expect(result).toEqual({
      columns: [
        { name: 'project', type: 'VARCHAR' },
        { name: 'executed', type: 'DOUBLE' },
        { name: 'total_score', type: 'DOUBLE' },
      ],
      count: 11,
    });
    expect(isChartable(result.columns)).toBe(false);
    const source = resultRowSource(db.conn, result);
    expect(await source.summary()).toEqual({ count: 11, totals: {} });
    const page = await source.window(0, 20);
    expect(page.map((r) => r.executed)).toEqual([...page.map((r) => r.executed as number)].sort((a, b) => b - a));
    expect(page.find((r) => r.project === '会议经费')).toEqual({ project: '会议经费', executed: 54.76, total_score: 96 });
    expect(await source.window(10, 5)).toEqual(page.slice(10));
    await expect(source.window(-1, 5)).rejects.toThrow('not a row count: -1');
  });

  it('charts the first example: a label and a number per department', async () => {
    const result = await runToResult(db.conn, checked(SQL_EXAMPLES[0]!.sql));
    expect(result.columns.map((c) => c.name)).toEqual(['department', 'execution_pct']);
    expect(isChartable(result.columns)).toBe(true);
    const rows = await resultRows(db.conn, 200);
    expect(rows).toHaveLength(result.count);
    const xiangxi = rows.find((r) => r.department === '湘西自治州人民政府办公室');
    const [expected] = await db.conn.rows<{ pct: number }>(
      `SELECT round(sum(executed) / sum(budget_full_year) * 100, 2) pct FROM evaluations
        WHERE department = '湘西自治州人民政府办公室' AND executed IS NOT NULL AND budget_full_year IS NOT NULL`,
    );
    expect(xiangxi?.execution_pct).toBe(expected!.pct);
  });

  it(`keeps the first ${RESULT_ROW_CAP} rows of a longer result`, async () => {
    const result = await runToResult(db.conn, checked('SELECT range AS n FROM range(1500000)'));
    expect(result.count).toBe(RESULT_ROW_CAP);
    expect(await resultRowSource(db.conn, result).window(RESULT_ROW_CAP - 2, 10)).toEqual([{ n: RESULT_ROW_CAP - 2 }, { n: RESULT_ROW_CAP - 1 }]);
  });

  it('cannot run DROP TABLE evaluations even past the check: the subquery does not parse', async () => {
    expect(checkReadOnlySql('DROP TABLE evaluations').ok).toBe(false);
    await expect(runToResult(db.conn, 'DROP TABLE evaluations' as ReadOnlySql)).rejects.toThrow(/syntax error/i);
    const [row] = await db.conn.rows<{ n: number }>('SELECT count(*) n FROM evaluations');
    expect(row!.n).toBe(51);
  });

  it('in DuckDB-WASM, a statement smuggled past the subquery is refused: the SQL connection runs one statement only', async () => {
    const injected = 'SELECT 1) AS a; DROP TABLE evaluations; SELECT * FROM (SELECT 1';
    expect(checkReadOnlySql(injected).ok).toBe(false);
    const wasm = await openAsyncWasmNode(QUERY_SLICE_MS);
    try {
      const views = new WasmConnection(await wasm.connect());
      await views.run('CREATE TABLE evaluations AS SELECT 1 AS a');
      const sqlConn = new CancellableConnection(await wasm.connect(), { timeLimitMs: 10_000, yieldTo: () => views.idle() });
      await expect(runToResult(sqlConn, injected as ReadOnlySql)).rejects.toThrow(/multiple statements/);
      expect(await views.rows('SELECT count(*)::INTEGER AS n FROM evaluations')).toEqual([{ n: 1 }]);
      // The same connection runs a real query into its own temporary result table.
      expect(await runToResult(sqlConn, checked('SELECT a FROM evaluations'))).toEqual({ columns: [{ name: 'a', type: 'INTEGER' }], count: 1 });
    } finally {
      await wasm.terminate();
    }
  });

  it('lists the contract tables first, then the other tables (e.g. the rules\' helper tables)', async () => {
    await db.conn.run('CREATE TABLE rule_params (key VARCHAR, value DOUBLE)');
    const schema = await loadSchema(db.conn);
    await db.conn.run('DROP TABLE rule_params');
    expect(schema[0]).toMatchObject({ name: 'agg_department_year', contract: true });
    // The fourteen contract tables by name, then the others.
    expect(schema.slice(0, 14).map((t) => t.name)).toEqual([
      'agg_department_year',
      'agg_flagged_evaluations',
      'agg_flags',
      'evaluations',
      'flag_keys',
      'flags',
      'indicator_issues',
      'indicators',
      'ingest_report',
      'project_lists',
      'target_indicators',
      'target_links',
      'target_tables',
      'unparsed_lines',
    ]);
    expect(schema.slice(14).every((t) => !t.contract)).toBe(true);
    expect(schema.slice(14).map((t) => t.name)).toContain('rule_params');
    const evaluations = schema.find((t) => t.name === 'evaluations')!;
    expect(evaluations.columns).toHaveLength(31);
    expect(evaluations.columns.find((c) => c.name === 'warnings')?.type).toBe('VARCHAR[]');
    expect(schema.find((t) => t.name === 'flags')).toMatchObject({ contract: true, kind: 'table' });
  });
});
