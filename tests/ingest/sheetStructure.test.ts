/**
 * A workbook's sheet names and the running headers and footers Calc prints are structure, not content: the format
 * fixtures' workbooks and Calc-printed PDFs report only the lines the web page of the same form reports, and a
 * second sheet ends the form of the first.
 */
import { readFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

/** What each workbook and Calc-printed PDF of the format fixtures reports: the lines its web page reports too, no sheet name or page number. */
const REPORTED: Record<string, [line: number, text: string][]> = {
  'form.xlsx': [[7, '根据《青禾县财政局关于开展'], [30, '填报单位（盖章）：青禾县水'], [31, '分享到：微信 微博']],
  'form.xls': [[7, '根据《青禾县财政局关于开展'], [30, '填报单位（盖章）：青禾县水'], [31, '分享到：微信 微博']],
  'midterm.xlsx': [],
  'midterm.xls': [],
  'midterm.sheet.pdf': [],
  'sichuan.xlsx': [[2, '报表编号：511321_0027zp']],
  'sichuan.xls': [[2, '报表编号：511321_0027zp']],
  'sichuan.sheet.pdf': [[2, '报表编号：511321_0027zp']],
  'target.xlsx': [],
  'target.xls': [],
  'unmerged.xlsx': [],
  'unmerged.xls': [],
  'unmerged.sheet.pdf': [],
  // `附件2` is a caption in a sheet as on the web page (an attachment's number is one wherever it stands).
  'whole.xlsx': [[25, '填报单位（盖章）：柳塘县自然']],
  'whole.xls': [[25, '填报单位（盖章）：柳塘县自然']],
  'whole.sheet.pdf': [[25, '（盖章）：柳塘县自然资源局填']],
  'yuan.xlsx': [[3, '部门：澜坪县民政局 | 公开14表']],
  'yuan.xls': [[3, '部门：澜坪县民政局 | 公开14表']],
  'yuan.sheet.pdf': [[3, '部门：澜坪县民政局 | 公开14表']],
};

describe('the format fixtures’ workbooks and Calc-printed PDFs', () => {
  it.each(Object.entries(REPORTED))('%s reports no sheet name and no page number', async (name, reported) => {
    const doc = await ingestDocument(fixture(name), name);
    expect(doc.rows.unparsed_lines.map(({ line, text }) => [line, text])).toEqual(reported.map(([line, text]) => [line, expect.stringContaining(text)]));
    expect(doc.report.status).toBe(reported.length === 0 ? 'ok' : 'partial');
    expect(doc.rows.evaluations.length + doc.rows.target_tables.length).toBe(1);
  });
});

/** An .xlsx of the given sheets, each a list of rows, made with SheetJS. */
function workbook(sheets: [name: string, rows: unknown[][]][]): Uint8Array {
  const book = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const FUNDS_HEADER = ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

/** A project's form without a title row: its 项目名称 opens it. */
const PROJECT_FORM: unknown[][] = [
  ['项目名称', '农村饮水安全工程维修养护项目'],
  ['主管部门', '青禾县水利局', '实施单位', '青禾县农村供水管理站'],
  FUNDS_HEADER,
  ['', '年度资金总额', '280.00', '300.00', '280.17', '10', '93.39%', '9.34'],
  INDICATOR_HEADER,
  ['产出指标', '数量指标', '更换老旧管网长度', '≥12公里', '12.6公里', '50', '50'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93.6%', '40', '38'],
  ['总分', '', '', '', '', '100', '97.34'],
];

describe('a workbook of two sheets, one form on each', async () => {
  // The second sheet's form prints no title and no 项目名称: its unit's row, then its funds header, opens it — had the
  // first sheet's form gone on across the sheet's name, these rows would be rows after its 总分.
  const second: unknown[][] = [
    ['单位名称', '青禾县水利局'],
    FUNDS_HEADER,
    ['', '年度资金总额', '100.00', '120.00', '96.00', '10', '80.00%', '8.00'],
    INDICATOR_HEADER,
    ['产出指标', '数量指标', '巡查水源地次数', '≥24次', '26次', '50', '50'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', '40', '32'],
    ['总分', '', '', '', '', '100', '90.00'],
  ];
  const doc = await ingestDocument(workbook([['Sheet1', [['2024年度项目支出绩效自评表'], ...PROJECT_FORM]], ['Sheet2', second]]), 'two-sheets.xlsx');
  const [first, next] = doc.rows.evaluations;
  // Line 1 is Sheet1's name, line 2 the title; then the form, and the second sheet's name.
  const sheet2 = PROJECT_FORM.length + 3;

  it('reads two forms, the first ending before the second sheet’s name, and consumes both sheets’ names', () => {
    expect(doc.rows.evaluations).toHaveLength(2);
    expect([first!.project, first!.budget_full_year, first!.executed, first!.total_score, first!.line_start, first!.line_end]).toEqual(['农村饮水安全工程维修养护项目', 300, 280.17, 97.34, 2, sheet2 - 1]);
    expect([next!.department, next!.budget_full_year, next!.executed, next!.total_score, next!.line_start, next!.line_end]).toEqual(['青禾县水利局', 120, 96, 90, sheet2 + 1, sheet2 + second.length]);
    expect(doc.rows.indicators.map((row) => [row.eval_id, row.name])).toEqual([
      [first!.eval_id, '更换老旧管网长度'],
      [first!.eval_id, '群众满意度'],
      [next!.eval_id, '巡查水源地次数'],
      [next!.eval_id, '群众满意度'],
    ]);
    expect(doc.rows.unparsed_lines).toEqual([]);
    expect(doc.report.status).toBe('ok');
  });
});

describe('a sheet’s name is no text of the sheet', () => {
  it('titles nothing: a sheet named like a form’s title gives the form in it neither its scope (部门整体) nor its first line', async () => {
    const doc = await ingestDocument(workbook([['部门整体支出绩效自评表', PROJECT_FORM]]), 'named.xlsx');
    expect(doc.rows.evaluations.map((form) => [form.project, form.scope, form.line_start])).toEqual([['农村饮水安全工程维修养护项目', 'project', 2]]);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });

  it('while a cell reading Sheet1 in a sheet is the sheet’s content, reported where nothing reads it', async () => {
    const doc = await ingestDocument(workbook([['Sheet1', [['Sheet1'], ...PROJECT_FORM]]]), 'cell.xlsx');
    expect(doc.rows.evaluations).toHaveLength(1);
    expect(doc.rows.unparsed_lines.map(({ line, text, reason }) => [line, text, reason])).toEqual([[2, 'Sheet1', 'table row outside any form or list']]);
  });
});
