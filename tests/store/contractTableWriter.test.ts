import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../src/contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES, TABLES, type EvaluationRow, type IndicatorRecord, type TableName } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { emptyRows, type ContractRows } from '../../src/ingest/contractRows';
import { runRules } from '../../src/rules/runRules';
import { writeContractTables } from '../../src/store/contractTableWriter';
import { ROW_GROUP_SIZE } from '../../src/store/parquetCopy';

/** 市本级因公出国(境)经费 (000, 2024) as its form prints it, with two of its indicators. */
function sampleRows(): ContractRows {
  const rows = emptyRows();
  const evaluation: EvaluationRow = {
    eval_id: '000_82397be2bbd94de5.txt#10', source_file: '000_82397be2bbd94de5.txt', form_index: 10, line_start: 1690, line_end: 1863,
    year: 2024, region: '淮南市', department: '淮南市人民政府办公室', department_code: '009', implementing_unit: '淮南市人民政府办公室',
    project: '市本级因公出国(境)经费', project_raw: '市本级因公出国(境)经费', project_code: null, scope: 'project', source_ref: '第1694行', budget_initial: 140, budget_full_year: 140, executed: 43.31,
    execution_rate: null, execution_rate_reported: 0.30934, execution_rate_raw: '30.934%', execution_weight: 10, execution_score: 3.09,
    total_weight: 100, total_score: 93.09, score_sum: null, grade: null, indicator_count: null, warnings: [], quality: 'clean', quality_reasons: [],
  };
  const indicator = (i: number, score: number, weight: number, actualKind: string, targetValue: number | null, actualValue: number | null): IndicatorRecord => ({
    eval_id: evaluation.eval_id, year: 2024, region: '淮南市', department: '淮南市人民政府办公室', indicator_index: i,
    level1: '产出指标', level2: '数量指标', name: `指标${i}`, target_raw: '≥2次', actual_raw: '1次', target_op: '>=', target_value: targetValue,
    target_unit: '次', actual_value: actualValue, actual_unit: '次', actual_kind: actualKind, weight, score, deviation_note: null, line: 1700 + i, source_ref: `第${1700 + i}行`,
  });
  rows.evaluations.push(evaluation, {
    ...evaluation, eval_id: '004_x.txt#3', source_file: '004_x.txt', form_index: 3, year: 2020, region: '湘西自治州', department: '湘西自治州人民政府办公室',
    department_code: null, budget_initial: null, execution_score: null, total_score: null, warnings: ['budget_cell_missing'],
  });
  rows.indicators.push(indicator(1, 20, 20, 'numeric', 2, 1), indicator(2, 15, 20, 'boilerplate', 2, null));
  rows.unparsed_lines.push({ source_file: '000_82397be2bbd94de5.txt', line: 5, text: "it's", reason: 'test', source_ref: '第5行' });
  return rows;
}

let out: string;
let db: NodeConnection;
const file = (t: string) => `'${join(out, `${t}.parquet`)}'`;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'evallens-store-')), 'parquet');
  await writeContractTables(sampleRows(), out, runRules);
  db = await NodeConnection.open();
});
afterAll(() => {
  db.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('ContractTableWriter (writeContractTables)', () => {
  it('writes every contract table and the manifest, and nothing else, with exactly the contract schema', async () => {
    expect(readdirSync(out).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.parquet`), 'dataset.json', 'snapshots'].sort());
    const manifest = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as DatasetManifest;
    expect(manifest).toMatchObject({ contract: CONTRACT_VERSION, layout: 'files' });
    expect(manifest.tables.evaluations).toEqual([{ path: 'evaluations.parquet', bytes: statSync(join(out, 'evaluations.parquet')).size, rows: 2 }]);
    for (const table of TABLE_NAMES) {
      const schema = await db.rows<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet(${file(table)})`);
      expect(schema.map((c) => [c.column_name, c.column_type])).toEqual(TABLES[table].columns.map((c) => [c.name, c.type]));
    }
  });
  it('computes execution_rate, score_sum and indicator_count in SQL, NULL where the parts are missing', async () => {
    const rows = await db.rows<Record<string, unknown>>(
      `SELECT eval_id, execution_rate, score_sum, indicator_count, warnings FROM read_parquet(${file('evaluations')}) ORDER BY eval_id`,
    );
    expect(rows[0]).toMatchObject({ eval_id: '000_82397be2bbd94de5.txt#10', score_sum: 3.09 + 20 + 15, indicator_count: 2 });
    expect(rows[0]?.execution_rate as number).toBeCloseTo(0.30936, 5);
    expect(rows[1]).toMatchObject({ eval_id: '004_x.txt#3', score_sum: null, indicator_count: 0, warnings: ['budget_cell_missing'] });
  });
  it('sorts by the contract order and aggregates agg_department_year', async () => {
    const years = await db.rows<{ year: number }>(`SELECT year FROM read_parquet(${file('evaluations')})`);
    expect(years.map((r) => r.year)).toEqual([2020, 2024]);
    const agg = await db.rows<Record<string, unknown>>(`SELECT * FROM read_parquet(${file('agg_department_year')}) ORDER BY year`);
    expect(agg).toEqual([
      { year: 2020, region: '湘西自治州', department: '湘西自治州人民政府办公室', evaluations: 1, budget_initial: null, budget_full_year: 140, executed: 43.31,
        total_score_sum: null, total_score_count: 0, indicators: 0, full_mark_indicators: 0, numeric_unmet_indicators: 0, boilerplate_actuals: 0,
        damaged_evaluations: 0, damaged_budget_full_year: null },
      { year: 2024, region: '淮南市', department: '淮南市人民政府办公室', evaluations: 1, budget_initial: 140, budget_full_year: 140, executed: 43.31,
        total_score_sum: 93.09, total_score_count: 1, indicators: 2, full_mark_indicators: 1, numeric_unmet_indicators: 1, boilerplate_actuals: 1,
        damaged_evaluations: 0, damaged_budget_full_year: null },
    ]);
  });
  it('writes empty tables with their schema', async () => {
    const [n] = await db.rows<{ n: number }>(`SELECT count(*) AS n FROM read_parquet(${file('target_tables')})`);
    expect(n?.n).toBe(0);
  });
  it('writes row groups of at most 122,880 rows', async () => {
    const many = emptyRows();
    for (let line = 1; line <= 130_000; line++) many.unparsed_lines.push({ source_file: 'big.txt', line, text: 'x', reason: 'test', source_ref: null });
    const bigOut = join(out, '..', 'big');
    await writeContractTables(many, bigOut, runRules);
    const groups = await db.rows<{ rows: number }>(
      `SELECT row_group_num_rows AS rows FROM parquet_metadata('${join(bigOut, 'unparsed_lines.parquet')}') GROUP BY row_group_id, row_group_num_rows ORDER BY row_group_id`,
    );
    expect(ROW_GROUP_SIZE).toBe(122_880);
    expect(groups.map((g) => g.rows)).toEqual([122_880, 130_000 - 122_880]);
  });
  it('writes evaluations, indicators and indicator_issues as year/region partitions when asked, and the other tables as files', async () => {
    const lake = join(out, '..', 'lake');
    await writeContractTables(sampleRows(), lake, runRules, { partitioned: true });
    const manifest = JSON.parse(readFileSync(join(lake, 'dataset.json'), 'utf8')) as DatasetManifest;
    expect(manifest.layout).toBe('partitioned');
    expect(manifest.tables.evaluations.map((f) => [f.path, f.year, f.region, f.rows])).toEqual([
      ['evaluations/year=2020/region=%E6%B9%98%E8%A5%BF%E8%87%AA%E6%B2%BB%E5%B7%9E/data_0.parquet', 2020, '湘西自治州', 1],
      ['evaluations/year=2024/region=%E6%B7%AE%E5%8D%97%E5%B8%82/data_0.parquet', 2024, '淮南市', 1],
    ]);
    // The indicators with an issue are in 淮南市 2024 only; a table no view filters by year and region is one file.
    expect(manifest.tables.indicator_issues.map((f) => f.path)).toEqual(['indicator_issues/year=2024/region=%E6%B7%AE%E5%8D%97%E5%B8%82/data_0.parquet']);
    expect(manifest.tables.flags.map((f) => f.path)).toEqual(['flags.parquet']);
    const files = (t: string) => `[${manifest.tables[t as TableName].map((f) => `'${join(lake, f.path)}'`).join(', ')}]`;
    expect(await db.rows(`SELECT * FROM read_parquet(${files('indicators')}) ORDER BY ALL`)).toEqual(await db.rows(`SELECT * FROM read_parquet(${file('indicators')}) ORDER BY ALL`));
    // Writing the files layout over it leaves no partition directory behind.
    await writeContractTables(sampleRows(), lake, runRules);
    expect(readdirSync(lake).filter((name) => !name.endsWith('.parquet')).sort()).toEqual(['dataset.json', 'snapshots']);
  });

  it('leaves the output untouched and no temporary files when a table fails', async () => {
    const before = readdirSync(out).sort();
    writeFileSync(join(out, 'evaluations.parquet.marker'), 'x');
    const bad = sampleRows();
    bad.evaluations.push({ ...(bad.evaluations[0] as EvaluationRow), eval_id: 'new#1' });
    (bad.unparsed_lines[0] as Record<string, unknown>).line = 'not a number'; // fails after evaluations were loaded
    await expect(writeContractTables(bad, out, runRules)).rejects.toThrow();
    expect(readdirSync(out).sort()).toEqual([...before, 'evaluations.parquet.marker'].sort());
    expect(readdirSync(join(out, '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const [n] = await db.rows<{ n: number }>(`SELECT count(*) AS n FROM read_parquet(${file('evaluations')})`);
    expect(n?.n).toBe(2);
    rmSync(join(out, 'evaluations.parquet.marker'));
    expect(existsSync(join(out, 'evaluations.parquet'))).toBe(true);
  });
});
