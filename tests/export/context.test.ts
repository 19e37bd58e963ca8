import { createHash } from 'node:crypto';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv';
import { buildExportContext, dataFingerprint, FINGERPRINT_SQL, localTime } from '../../src/export/exportContext';
import { toXlsx } from '../../src/export/xlsx';
import { NO_FILTERS } from '../../src/query/filters';
import { EMPTY_TABLE_STATE } from '../../src/table/DataTable';
import { allRows, contractRowSource } from '../../src/table/rowSource';
import { defaultVisibility, exportColumns, footerTotals } from '../../src/views/records/recordsColumns';
import { recordsQuery } from '../../src/views/records/recordsQuery';
import { contractDbSuite } from '../query/contractDb';
import { openWasmNode } from '../support/wasmNodeConnection';

const db = contractDbSuite();

/** The corpus' five source documents' SHA-256, as ingest recorded them, hashed in sorted order (computed here with node:crypto). */
async function expectedFingerprint(): Promise<string> {
  const rows = await db.conn.rows<{ sha256: string }>('SELECT sha256 FROM ingest_report ORDER BY sha256');
  expect(rows).toHaveLength(5);
  return createHash('sha256').update(rows.map((r) => r.sha256).join('|')).digest('hex');
}

const NOW = new Date(2025, 2, 1, 14, 5, 9);

/** The 淮南市 2024 forms (10), sorted by execution rate descending, as Records exports them. */
async function huainan(lang: 'zh' | 'en') {
  const filters = { ...NO_FILTERS, years: [2024], regions: ['淮南市'] };
  const state = { ...EMPTY_TABLE_STATE, sorting: [{ id: 'rate', desc: true }] };
  const query = recordsQuery('evaluations', filters, state);
  const source = contractRowSource(db.conn, query, footerTotals('evaluations'));
  const rows = await allRows(db.conn, query);
  const columns = exportColumns('evaluations', defaultVisibility('evaluations'), lang);
  const context = await buildExportContext({
    conn: db.conn,
    lang,
    title: lang === 'zh' ? '明细 · 自评表' : 'Records · Self-evaluations',
    filters,
    filterSummary: lang === 'zh' ? '年度: 2024 · 地区: 淮南市' : 'Year: 2024 · Region: 淮南市',
    columns,
    sorting: state.sorting,
    rowCount: rows.length,
    totals: (await source.summary()).totals,
    now: NOW,
  });
  return { rows, columns, context };
}

describe('exports with context, on the corpus', () => {
  it('fingerprints the loaded data: SHA-256 of the sorted source SHA-256s, the same in DuckDB-WASM', async () => {
    const expected = await expectedFingerprint();
    expect(await dataFingerprint(db.conn)).toEqual({ sha256: expected, sources: 5 });
    const wasm = await openWasmNode();
    await wasm.run('CREATE TABLE ingest_report AS SELECT * FROM (VALUES (?), (?)) t(sha256)', ['b', 'a']);
    const [row] = await wasm.rows<{ fingerprint: string; sources: number }>(FINGERPRINT_SQL);
    expect(row).toEqual({ fingerprint: createHash('sha256').update('a|b').digest('hex'), sources: 2 });
  });

  it('writes an XLSX with title, filters, time, fingerprint, header, rows, totals, number formats and a filters sheet', async () => {
    const { rows, columns, context } = await huainan('zh');
    expect(rows).toHaveLength(10);
    const book = read(toXlsx('records-evaluations', columns, rows, context), { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['records-evaluations', '筛选条件']);
    const sheet = book.Sheets['records-evaluations']!;
    const matrix = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, blankrows: true });
    expect(matrix[0]![0]).toBe('明细 · 自评表');
    expect(matrix[1]!.slice(0, 2)).toEqual(['筛选条件', '年度: 2024 · 地区: 淮南市']);
    expect(matrix[2]!.slice(0, 2)).toEqual(['排序', '执行率 降序']);
    expect(matrix[3]!.slice(0, 2)).toEqual(['行数', '10']);
    expect(matrix[4]!.slice(0, 2)).toEqual(['生成时间', localTime(NOW)]);
    expect(matrix[5]![1]).toBe(`sha256:${await expectedFingerprint()}（5 份源文件 SHA-256 的 SHA-256）`);
    const headerRow = matrix.findIndex((r) => r[0] === '项目名称');
    expect(headerRow).toBe(7);
    expect(matrix[headerRow]).toEqual(['项目名称', '数据质量', '年度', '地区', '主管部门', '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率', '自评总分', '评分等级', '指标数']);
    // 华侨事务补助: 1.68 of 2.34 — the rate a number (0.7179…), shown as a percentage.
    const r = matrix.findIndex((row) => row[0] === '华侨事务补助');
    const rate = sheet[utils.encode_cell({ r, c: 8 })]!;
    expect(rate).toMatchObject({ t: 'n', z: '0.00%', w: '71.79%' });
    expect(rate.v).toBeCloseTo(1.68 / 2.34, 10);
    expect(sheet[utils.encode_cell({ r, c: 6 })]).toMatchObject({ t: 'n', v: 2.34, z: '#,##0.00', w: '2.34' });
    expect(sheet[utils.encode_cell({ r, c: 2 })]).toMatchObject({ t: 'n', v: 2024, w: '2024' });
    // The quality column in the words the screen shows, not its code.
    expect(matrix[r]![1]).toBe('完好');
    // The totals row: sums of the funds, the weighted rate, the mean score, the indicators summed.
    const [sums] = await db.conn.rows<{ initial: number; full_year: number; executed: number; score: number; n: number }>(
      "SELECT sum(budget_initial) initial, sum(budget_full_year) full_year, sum(executed) executed, avg(total_score) score, sum(indicator_count)::INTEGER n FROM evaluations WHERE year = 2024 AND region = '淮南市'",
    );
    const totals = matrix[headerRow + 11]!;
    expect(totals[0]).toBe('合计（10 行；均值：自评总分；加权：执行率）');
    expect(totals[5]).toBeCloseTo(sums!.initial, 6);
    expect(totals[7]).toBeCloseTo(sums!.executed, 6);
    expect(totals[9]).toBeCloseTo(sums!.score, 6);
    expect(totals[11]).toBe(sums!.n);
    expect(sheet[utils.encode_cell({ r: headerRow + 11, c: 8 })]).toMatchObject({ z: '0.00%' });
    expect(sheet['!freeze'] ?? null).not.toBeUndefined();
    // Every text is a text cell: nothing is a formula.
    expect(Object.values(sheet).some((cell) => typeof cell === 'object' && cell !== null && 'f' in cell)).toBe(false);

    const settings = utils.sheet_to_json<string[]>(book.Sheets['筛选条件']!, { header: 1 });
    expect(settings[0]).toEqual(['设置', '取值']);
    expect(Object.fromEntries(settings.slice(1))).toMatchObject({
      表: '明细 · 自评表',
      年度: '2024',
      地区: '淮南市',
      主管部门: '全部',
      '执行率 %': '全部',
      风险线索: '全部项目',
      隐藏损坏表: '否',
      排序: '执行率 降序',
      表内筛选: '无',
      源文件数: '5',
      数据指纹: `sha256:${await expectedFingerprint()}`,
    });
  });

  it('writes a CSV with its context lines, rates as % and amounts with two decimals; headers in English when the UI is', async () => {
    const { rows, columns, context } = await huainan('en');
    const lines = toCsv(columns, rows, context).slice(1).split('\r\n');
    expect(lines[0]).toBe('Records · Self-evaluations');
    expect(lines[1]).toBe('Filters,Year: 2024 · Region: 淮南市');
    expect(lines[2]).toBe('Sorted by,Execution rate descending');
    expect(lines[4]).toBe(`Generated,${localTime(NOW)}`);
    expect(lines[5]).toMatch(/^Data fingerprint,sha256:[0-9a-f]{64} \(SHA-256 of the 5 source files’ SHA-256\)$/);
    expect(lines[6]).toBe('');
    expect(lines[7]).toBe('Project,Data quality,Year,Region,Department,Initial budget (10k CNY),Full-year budget (10k CNY),Executed (10k CNY),Execution rate,Total score,Grade,Indicators');
    expect(lines).toContain('华侨事务补助,Clean,2024,淮南市,淮南市人民政府办公室,2.34,2.34,1.68,71.79%,97.43,,8');
    expect(lines[8]).toBe('12345政务服务便民热线运营费用,Clean,2024,淮南市,淮南市人民政府办公室,492.00,492.00,492.00,100.00%,100.00,,8');
    expect(lines.at(-2)).toBe('Total (10 rows; mean: Total score; weighted: Execution rate),,,,,1011.41,1102.71,887.96,80.53%,97.15,,81');
    expect(lines.at(-1)).toBe('');
  });
});
