import { CFB, utils, write } from '@e965/xlsx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsv, readWorkbook } from '../../src/read/sheet';
import { encodeGbk } from '../ingest/gbk';
import { fixture, layout, rowWith } from './support/fixtures';
import { withDeclaredSize } from './support/zip';

describe.each(['xlsx', 'xls'] as const)('readWorkbook on form.%s (LibreOffice Calc from form.html)', (format) => {
  const result = readWorkbook(fixture(`form.${format}`), format);
  if (!result.ok) throw new Error(result.error);
  const { grid } = result;

  it('reads the funds row as the sheet shows it: 280.00 and 93.39% from typed numbers and their formats', () => {
    const row = rowWith(grid, '年度资金总额');
    expect(layout(row)).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(row.cells.map((cell) => cell.ref)).toEqual(['Sheet1!A12', 'Sheet1!B12', 'Sheet1!D12', 'Sheet1!E12', 'Sheet1!F12', 'Sheet1!G12', 'Sheet1!H12', 'Sheet1!I12']);
  });

  it('resolves !merges: 产出指标 down five rows, 数量指标 down two, 总分 across six columns', () => {
    const first = rowWith(grid, '产出指标\n（50分）');
    const index = grid.rows.indexOf(first);
    expect(layout(grid.rows[index + 1]!)).toEqual(['0:↓', '1:↓', '2:↓', '3:更换老旧管网长度', '4:≥12公里', '5:12.6公里', '6:10', '7:10']);
    expect(grid.rows.slice(index + 1, index + 5).map((row) => row.cells[1]?.ref)).toEqual(['Sheet1!B20', 'Sheet1!B21', 'Sheet1!B22', 'Sheet1!B23']);
    expect(layout(rowWith(grid, '总分'))).toEqual(['0+6:总分', '6:100', '7:97.34']);
  });

  it('puts the sheet name first, as a paragraph row of kind sheet (structure, and a line of the text), then the sheet as table 1', () => {
    expect(grid.rows[0]).toEqual({ table: null, line: 1, kind: 'sheet', cells: [{ text: 'Sheet1', col: 0, span: 1, line: 1, ref: 'Sheet1' }] });
    expect(grid.text.split('\n')[0]).toBe('Sheet1');
    expect(grid.rows[1]?.cells[0]).toMatchObject({ text: '首页 > 政务公开 > 财政预决算', span: 11, ref: 'Sheet1!A1' });
  });
});

describe('readWorkbook on made-up workbooks', () => {
  const book = (sheets: Record<string, unknown[][]>) => {
    const wb = utils.book_new();
    for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), name);
    return wb;
  };

  it('reads every sheet in order, quotes names with spaces in refs, and skips hidden sheets with a note', () => {
    const wb = book({ 自评表: [['项目名称', '甲']], '目标 表': [['指标值', '≥90%']], 辅助: [['下拉选项']] });
    wb.Workbook = { Sheets: [{}, {}, { Hidden: 1 }] };
    const result = readWorkbook(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'xlsx');
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows.map((row) => [row.table, row.kind ?? null, row.cells.map((cell) => `${cell.ref}=${cell.text}`)])).toEqual([
      [null, 'sheet', ['自评表=自评表']],
      [1, null, ['自评表!A1=项目名称', '自评表!B1=甲']],
      [null, 'sheet', ["'目标 表'=目标 表"]],
      [2, null, ["'目标 表'!A1=指标值", "'目标 表'!B1=≥90%"]],
    ]);
    expect(result.grid.notes).toEqual(['hidden sheet 辅助 skipped']);
  });

  it('reads Excel 2003 XML (SpreadsheetML), which government systems still export under an .xls name', () => {
    const xml = new Uint8Array(write(book({ 自评表: [['年度资金总额', 280.17, '93.39%']] }), { type: 'array', bookType: 'xlml' }) as ArrayBuffer);
    const result = readWorkbook(xml, 'xls');
    expect(result.ok && result.grid.rows[1]?.cells.map((cell) => `${cell.ref}=${cell.text}`)).toEqual(['自评表!A1=年度资金总额', '自评表!B1=280.17', '自评表!C1=93.39%']);
  });

  it('reads SpreadsheetML\'s empty merged cells written as one tag as Excel and the budget systems write them, the cells after them in place', () => {
    // `<Cell ss:MergeAcross="1" ss:StyleID="s70"/>`: SheetJS alone moved 年初预算数 one column left and lost the merge.
    const xml = new TextEncoder().encode(
      '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
        '<Worksheet ss:Name="自评表"><Table><Row><Cell><Data ss:Type="String">项目资金</Data></Cell><Cell ss:MergeAcross="1" ss:StyleID="s70"/><Cell><Data ss:Type="String">年初预算数</Data></Cell></Row>' +
        '<Row><Cell ss:MergeDown="1"/><Cell><Data ss:Type="String">年度资金总额</Data></Cell></Row></Table></Worksheet></Workbook>',
    );
    const result = readWorkbook(xml, 'xls');
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows.slice(1).map((row) => row.cells.map((cell) => `${cell.ref}=${cell.text}${cell.span > 1 ? `(${cell.span})` : ''}${cell.mergedDown ? '↓' : ''}`))).toEqual([
      ['自评表!A1=项目资金', '自评表!B1=(2)', '自评表!D1=年初预算数'],
      ['自评表!A2=', '自评表!B2=年度资金总额'],
      ['自评表!A3=↓'],
    ]);
  });

  it('shows SpreadsheetML formulas as Excel shows them on opening, not the placeholder results the budget systems write', () => {
    // ahxmzczpmb.ftl: the funds total `=R[1]C+R[2]C` and the rate cached as 0, the 总分 `=SUM(…)+…` with no result at all;
    // a formula on another sheet keeps what the file wrote.
    const cell = (data: string, formula = '') => `<Cell${formula ? ` ss:Formula="${formula}"` : ''}>${data}</Cell>`;
    const number = (value: string) => `<Data ss:Type="Number">${value}</Data>`;
    const xml = new TextEncoder().encode(
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="自评表"><Table>' +
        `<Row>${cell(number('0'), '=R[1]C+R[2]C')}${cell(number('0'), '=R[1]C+R[2]C')}${cell(number('0'), '=RC[-1]/RC[-2]')}${cell(number('0'), '=IF(RC[-1]*10&gt;10,10,RC[-1]*10)')}</Row>` +
        `<Row>${cell(number('440'))}${cell(number('452.5'))}</Row>` +
        `<Row>${cell(number('60'))}${cell('<Data ss:Type="String">27.5</Data>')}</Row>` +
        `<Row>${cell(number(''), '=SUM(R[-3]C:R[-1]C)')}${cell(number('7'), '=Sheet2!R1C1')}${cell(number('0'), '=R[-3]C[-1]/0')}</Row>` +
        '</Table></Worksheet></Workbook>',
    );
    const result = readWorkbook(xml, 'xls');
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['500', '480', '0.96', '9.6'],
      ['440', '452.5'],
      ['60', '27.5'],
      ['1000', '7', '0'],
    ]);
  });

  it('reads a workbook whose formulas chain further than is evaluated, keeping the cached values past the chain', () => {
    // 20,000 cells, each `=R[1]C+1` over the one below (read top down, the first needs all the others first): evaluated one
    // inside another, they overflowed the stack and the workbook was refused.
    const rows: string[] = [];
    for (let i = 20_000; i >= 2; i--) rows.push(`<Row><Cell ss:Formula="=R[1]C+1"><Data ss:Type="Number">${i}</Data></Cell></Row>`);
    rows.push('<Row><Cell><Data ss:Type="Number">1</Data></Cell></Row>');
    const xml = new TextEncoder().encode(
      `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="长表"><Table>${rows.join('')}</Table></Worksheet></Workbook>`,
    );
    const result = readWorkbook(xml, 'xls');
    if (!result.ok) throw new Error(result.error);
    const texts = result.grid.rows.slice(1).map((row) => row.cells[0]?.text);
    // Cached values where the chain is too long to follow, evaluated ones below that (the same here: the cache is right).
    expect([texts[0], texts[19_498], texts[19_998], texts[19_999]]).toEqual(['20000', '502', '2', '1']);
  });

  it('shows a formula\'s value in its cell\'s number format, as Excel does (a rate styled 0.00%)', () => {
    const xml = new TextEncoder().encode(
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
        '<Styles><Style ss:ID="rate"><NumberFormat ss:Format="0.00%"/></Style><Style ss:ID="fixed"><NumberFormat ss:Format="Fixed"/></Style></Styles>' +
        '<Worksheet ss:Name="自评表"><Table><Row><Cell><Data ss:Type="Number">480</Data></Cell><Cell><Data ss:Type="Number">461.25</Data></Cell>' +
        '<Cell ss:StyleID="rate" ss:Formula="=RC[-1]/RC[-2]"><Data ss:Type="Number">0</Data></Cell><Cell ss:StyleID="fixed" ss:Formula="=RC[-2]-RC[-3]"><Data ss:Type="Number"></Data></Cell></Row></Table></Worksheet></Workbook>',
    );
    const result = readWorkbook(xml, 'xls');
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows[1]?.cells.map((cell) => cell.text)).toEqual(['480', '461.25', '96.09%', '-18.75']);
  });

  it('says which cells a merge covers hold text (Excel shows none of it) instead of dropping it unsaid', () => {
    const sheet = utils.aoa_to_sheet([['项目资金', '年度资金总额'], ['其中：财政拨款', '320']]);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }];
    const wb = utils.book_new();
    utils.book_append_sheet(wb, sheet, '目标表');
    const result = readWorkbook(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'xlsx');
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.notes).toEqual(['1 cells a merge covers hold text, not read: 目标表!A2 其中：财政拨款']);
  });

  it.each(['xlsx', 'biff8'] as const)('reads what the sheet shows: hidden rows and columns are left out and said in a note (%s)', (bookType) => {
    // A budget system's export with its indicator id in a hidden column, and last year's row hidden instead of deleted.
    const sheet = utils.aoa_to_sheet([
      ['三级指标', 'ID', '年度指标值', '实际完成值'],
      ['新建道路长度', 'zb-0192', '≥12公里', '12.6公里'],
      ['新建道路长度（2023）', 'zb-0107', '≥10公里', '10.2公里'],
      ['群众满意度', 'zb-0193', '≥90%', '93%'],
    ]);
    sheet['!cols'] = [{}, { hidden: true }];
    sheet['!rows'] = [{}, {}, { hidden: true }];
    const wb = utils.book_new();
    utils.book_append_sheet(wb, sheet, '自评表');
    const result = readWorkbook(new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer), bookType === 'xlsx' ? 'xlsx' : 'xls');
    if (!result.ok) throw new Error(result.error);
    const hiddenRow = bookType === 'xlsx';
    expect(result.grid.rows.slice(1).map((row) => row.cells.map((cell) => `${cell.ref}=${cell.text}`))).toEqual([
      ['自评表!A1=三级指标', '自评表!C1=年度指标值', '自评表!D1=实际完成值'],
      ['自评表!A2=新建道路长度', '自评表!C2=≥12公里', '自评表!D2=12.6公里'],
      ...(hiddenRow ? [] : [['自评表!A3=新建道路长度（2023）', '自评表!C3=≥10公里', '自评表!D3=10.2公里']]),
      ['自评表!A4=群众满意度', '自评表!C4=≥90%', '自评表!D4=93%'],
    ]);
    expect(result.grid.notes).toEqual([
      hiddenRow
        ? '7 cells in hidden rows or columns hold text, not read: 自评表!B1 ID, 自评表!B2 zb-0192, 自评表!A3 新建道路长度（2023）, …'
        : '4 cells in hidden rows or columns hold text, not read: 自评表!B1 ID, 自评表!B2 zb-0192, 自评表!B3 zb-0107, …',
    ]);
  });

  it('refuses an .xlsx whose entries together declare more than the cap, before inflating', () => {
    const zip = withDeclaredSize(zipSync({ 'xl/workbook.xml': new Uint8Array(8), 'xl/styles.xml': new Uint8Array(8) }), 40 * 1024 * 1024);
    expect(readWorkbook(zip, 'xlsx')).toEqual({ ok: false, error: expect.stringContaining('Excel (.xlsx) (all entries)”解压后有 80 MB') });
  });

  it('shows a damaged entry name without its control characters in the size message', () => {
    const zip = withDeclaredSize(zipSync({ 'xl/\u0000\u0007sheet.xml': new Uint8Array(8) }), 200 * 1024 * 1024);
    expect(readWorkbook(zip, 'xlsx')).toEqual({ ok: false, error: expect.stringContaining('压缩包内的“xl/??sheet.xml”解压后有 200 MB') });
  });

  it('reads an .xls whose document summary claims 687 million properties (SheetJS alone ran out of memory on it)', () => {
    const container = CFB.read(fixture('form.xls'), { type: 'array' });
    const summary = CFB.find(container, '\u0005DocumentSummaryInformation');
    const damaged = Uint8Array.from(summary.content as Uint8Array);
    damaged[75] = 0x29; // the first section's property count, 1 → 0x29000001
    summary.content = damaged;
    const result = readWorkbook(new Uint8Array(CFB.write(container, { type: 'array' })), 'xls');
    expect(result.ok && layout(rowWith(result.grid, '年度资金总额'))).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
  });

  it('says a corrupt .xls is damaged instead of throwing', () => {
    const bytes = fixture('form.xls');
    const result = readWorkbook(bytes.subarray(0, 2000), 'xls');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Excel \(\.xls\) 文件已损坏/) });
  });
});

describe('readCsv', () => {
  it('decodes Excel’s GBK CSV and keeps every cell’s text as written', () => {
    const result = readCsv(fixture('form.csv'));
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.format).toBe('csv');
    expect(result.grid.notes).toEqual(['decoded as GB18030']);
    const row = rowWith(result.grid, '年度资金总额');
    expect(layout(row)).toEqual(['1:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(row.cells.map((cell) => cell.ref)).toEqual(['B6', 'D6', 'E6', 'F6', 'G6', 'H6', 'I6']);
  });

  it('reads quoted cells with commas and line breaks', () => {
    const result = readCsv(encodeGbk('三级指标,偏差原因\r\n"受益农村人口","管网延伸成本高，\r\n未达目标, 下一步改进"\r\n'));
    expect(result.ok && result.grid.rows[1]?.cells.map((cell) => cell.text)).toEqual(['受益农村人口', '管网延伸成本高，\n未达目标, 下一步改进']);
  });
});
