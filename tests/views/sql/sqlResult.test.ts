import { describe, expect, it } from 'vitest';
import { checkReadOnlySql, type ReadOnlySql } from '../../../src/views/sql/readOnlySql';
import { loadSchema } from '../../../src/views/sql/schemaList';
import { SQL_EXAMPLES } from '../../../src/views/sql/sqlExamples';
import { describeResult, isChartable, sqlAllRows, sqlRowSource } from '../../../src/views/sql/sqlResult';
import { openWasmNode } from '../../support/wasmNodeConnection';
import { contractDbSuite } from '../../query/contractDb';

const db = contractDbSuite();

describe('SQL view results', () => {
  it('describes, counts and windows a checked query', async () => {
    const check = checkReadOnlySql(`SELECT project, executed, total_score FROM evaluations WHERE region = '湘西自治州' ORDER BY executed DESC -- largest first\n;`);
    if (!check.ok) throw new Error(check.reason.en);
    const columns = await describeResult(db.conn, check.sql);
    expect(columns).toEqual([
      { name: 'project', type: 'VARCHAR' },
      { name: 'executed', type: 'DOUBLE' },
      { name: 'total_score', type: 'DOUBLE' },
    ]);
    expect(isChartable(columns)).toBe(false);
    const source = sqlRowSource(db.conn, check.sql);
    expect((await source.summary()).count).toBe(11);
    const page = await source.window(0, 20);
    expect(page.map((r) => r.executed)).toEqual([...page.map((r) => r.executed as number)].sort((a, b) => b - a));
    expect(page.find((r) => r.project === '会议经费')).toEqual({ project: '会议经费', executed: 54.76, total_score: 96 });
  });

  it('charts the first example: a label and a number per department', async () => {
    const check = checkReadOnlySql(SQL_EXAMPLES[0]!.sql);
    if (!check.ok) throw new Error(check.reason.en);
    const columns = await describeResult(db.conn, check.sql);
    expect(columns.map((c) => c.name)).toEqual(['department', 'execution_pct']);
    expect(isChartable(columns)).toBe(true);
    const rows = await sqlAllRows(db.conn, check.sql, 200);
    const xiangxi = rows.find((r) => r.department === '湘西自治州人民政府办公室');
    const [expected] = await db.conn.rows<{ pct: number }>(
      `SELECT round(sum(executed) / sum(budget_full_year) * 100, 2) pct FROM evaluations
        WHERE department = '湘西自治州人民政府办公室' AND executed IS NOT NULL AND budget_full_year IS NOT NULL`,
    );
    expect(xiangxi?.execution_pct).toBe(expected!.pct);
  });

  it('cannot run DROP TABLE evaluations even past the check: the subquery does not parse', async () => {
    expect(checkReadOnlySql('DROP TABLE evaluations').ok).toBe(false);
    await expect(describeResult(db.conn, 'DROP TABLE evaluations' as ReadOnlySql)).rejects.toThrow(/syntax error/i);
    const [row] = await db.conn.rows<{ n: number }>('SELECT count(*) n FROM evaluations');
    expect(row!.n).toBe(51);
  });

  it('in DuckDB-WASM, a statement smuggled past the subquery fails as a prepared statement', async () => {
    const injected = 'SELECT 1) AS a; DROP TABLE evaluations; SELECT * FROM (SELECT 1';
    expect(checkReadOnlySql(injected).ok).toBe(false);
    const wasm = await openWasmNode();
    await wasm.run('CREATE TABLE evaluations AS SELECT 1 AS a');
    await expect(sqlRowSource(wasm, injected as ReadOnlySql).summary()).rejects.toThrow(/multiple statements/);
    expect(await wasm.rows('SELECT count(*)::INTEGER AS n FROM evaluations')).toEqual([{ n: 1 }]);
  });

  it('lists the contract tables first, then the other tables (e.g. the rules\' helper tables)', async () => {
    await db.conn.run('CREATE TABLE rule_params (key VARCHAR, value DOUBLE)');
    const schema = await loadSchema(db.conn);
    await db.conn.run('DROP TABLE rule_params');
    expect(schema[0]).toMatchObject({ name: 'agg_department_year', contract: true });
    // The twelve contract tables by name, then the others.
    expect(schema.slice(0, 12).map((t) => t.name)).toEqual([
      'agg_department_year',
      'agg_flagged_evaluations',
      'agg_flags',
      'evaluations',
      'flags',
      'indicators',
      'ingest_report',
      'project_lists',
      'target_indicators',
      'target_links',
      'target_tables',
      'unparsed_lines',
    ]);
    expect(schema.slice(12).map((t) => [t.name, t.contract])).toEqual([['rule_params', false]]);
    const evaluations = schema.find((t) => t.name === 'evaluations')!;
    expect(evaluations.columns).toHaveLength(26);
    expect(evaluations.columns.find((c) => c.name === 'warnings')?.type).toBe('VARCHAR[]');
    expect(schema.find((t) => t.name === 'flags')).toMatchObject({ contract: true, kind: 'table' });
  });
});
