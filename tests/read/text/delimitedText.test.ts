import { describe, expect, it } from 'vitest';
import { delimitedRows } from '../../../src/read/text/delimitedText';
import { splitSourceLines } from '../../../src/read/text/sourceLines';

const rows = (text: string) => delimitedRows(splitSourceLines(text));
const texts = (text: string) => rows(text).map((row) => row.cells.map((cell) => cell.text));

describe('delimitedRows', () => {
  it('splits tab rows into trimmed cells, keeping empty leading cells (columns) (003 line 35)', () => {
    const [row] = rows('\t总分\t100.00\t98.95\t');
    expect(row?.cells.map((cell) => [cell.text, cell.col])).toEqual([['', 0], ['总分', 1], ['100.00', 2], ['98.95', 3], ['', 4]]);
    expect(row?.cells[2]?.ref).toBe('第1行第3格');
  });

  it('splits `|` exports without cells for the outer pipes', () => {
    expect(texts('| 项目名称 | 政务热线 | |\n| 主管部门 | 某局 |')).toEqual([['项目名称', '政务热线', ''], ['主管部门', '某局']]);
  });

  it('reads a web page’s `cell |` lines as one flow: blank cells kept, row breaks left to the recognizer', () => {
    const read = rows('部门预算项目支出绩效自评表(2023年度) |\n项目名称 |\n日常公用经费 |\n|\n||\n合计 |\n100 |');
    expect(read).toHaveLength(1);
    expect(read[0]?.flow).toBe(true);
    expect(read[0]?.cells.map((cell) => [cell.text, cell.line])).toEqual([
      ['部门预算项目支出绩效自评表(2023年度)', 1],
      ['项目名称', 2],
      ['日常公用经费', 3],
      ['', 4],
      ['', 5],
      ['', 5],
      ['合计', 6],
      ['100', 7],
    ]);
  });

  it('joins a line without a mark to the cell line after it (a cell with a line break)', () => {
    const [flow] = rows('计划\n安排 |\n实际 |');
    expect(flow?.cells.map((cell) => [cell.text, cell.lines ?? [cell.line]])).toEqual([['计划\n安排', [1, 2]], ['实际', [3]]]);
  });

  it('keeps a title and the page lines above it paragraphs before a table\'s first `|` cell (a page title, a publisher line)', () => {
    const read = rows('某局2023年雾炮车服务项目支出绩效目标申报表\n某市城市管理局 发布时间:2023-10-13\n2023年项目支出绩效目标申报表\n|\n项目支出名称 |\n雾炮车服务 |');
    expect(read.map((row) => [row.flow === true, row.cells.map((cell) => cell.text)])).toEqual([
      [false, ['某局2023年雾炮车服务项目支出绩效目标申报表']],
      [false, ['某市城市管理局 发布时间:2023-10-13']],
      [false, ['2023年项目支出绩效目标申报表']],
      [true, ['', '项目支出名称', '雾炮车服务']],
    ]);
    // Lines after the title still start the first cell (a cell with a line break).
    expect(texts('自评表\n计划\n安排 |')).toEqual([['自评表'], ['计划\n安排']]);
  });

  it('takes a last line without its mark, right after `cell |` lines, as a cell the text was cut in (a page excerpt)', () => {
    const read = rows('附件2:\n某某专项资金绩效目标表 |\n||||||\n项目名称 |\n省级试点示范');
    expect(read.map((row) => [row.flow === true, row.cells.filter((cell) => cell.text !== '').map((cell) => cell.text)])).toEqual([
      [true, ['附件2:\n某某专项资金绩效目标表', '项目名称', '省级试点示范']],
    ]);
    // After a blank line, or after a row of `|`-separated cells, it stays a paragraph.
    expect(rows('项目名称 |\n\n说明').map((row) => row.table)).toEqual([1, null]);
    expect(rows('| 项目名称 | x |\n说明').map((row) => row.table)).toEqual([1, null]);
  });

  it('keeps a paragraph between tables a paragraph', () => {
    const read = rows('| 项目名称 | x |\n\n注：本表由系统导出\n\n| 主管部门 | y |');
    expect(read.map((row) => row.table)).toEqual([1, null, 2]);
  });

  it('takes a short line right above a `| …` row for its first cell, but not a page’s number (`- 2 -`): that stays a paragraph', () => {
    expect(texts('| 产出指标 | 数量指标 |\n成本指标\n| | 平台运维费 | 300万 |')).toEqual([['产出指标', '数量指标'], ['成本指标', '', '平台运维费', '300万']]);
    expect(texts('| 产出指标 | 数量指标 |\n- 2 -\n| | 时效指标 | 接通及时率 |')).toEqual([['产出指标', '数量指标'], ['- 2 -'], ['', '时效指标', '接通及时率']]);
  });

  it('takes a short line right above a row that opens with a tab for that row’s blank first cell', () => {
    expect(texts('产出指标\t数量指标\n成本指标\n\t平台运维费\t300万')).toEqual([['产出指标', '数量指标'], ['成本指标', '平台运维费', '300万']]);
    expect(texts('产出指标\t数量指标\n- 2 -\n\t接通及时率\t100%')).toEqual([['产出指标', '数量指标'], ['- 2 -'], ['', '接通及时率', '100%']]);
  });
});
