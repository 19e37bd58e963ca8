/**
 * Page numbers and running headers of printed pages (what text taken from a PDF keeps among a form's rows) are structure:
 * consumed wherever they stand, and never cut the form they stand in.
 */
import { describe, expect, it } from 'vitest';
import { isPageMark } from '../../src/parse/pageMarks';
import { parseDocument } from '../../src/parse/parseDocument';
import { rowsOf } from './support/rows';

/** A small form as a row per line, `@@` where a page ends between its funds block and its goals. */
const LINES = [
  '2024年度项目支出绩效自评表',
  '项目名称|政务热线运营服务||||||',
  '主管部门|上海市普陀区人民政府办公室|||实施单位|上海市普陀区城市运行中心||',
  '项目资金(万元)||年初预算数|全年预算数|全年执行数|分值|执行率(%)|得分',
  '|年度资金总额:|120.00|100.00|80.00|10.00|80.00|8.00',
  '@@',
  '|预期目标|||实际完成情况|||',
  '年度总体目标|全年受理来电不少于10万件|||全年受理来电12万件|||',
  '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施',
  '产出指标|数量指标|受理来电数|≥10万件|12万件|40.00|40.00|',
  '|时效指标|接通及时率|≥95%|93%|20.00|18.00|高峰时段人手不足',
  '满意度指标|服务对象满意度指标|市民满意度|≥90%|92%|30.00|30.00|',
  '总分|||||100.00|96.00|',
  '评分等级|优||||||',
];
/** The form as OCR gives it: cells between tabs. */
const FORM = LINES.map((line) => line.replaceAll('|', '\t')).join('\n');
/** The form as a web export gives it: `| a | b |`. */
const PIPED = LINES.map((line) => (line.includes('|') ? `| ${line.split('|').join(' | ')} |` : line)).join('\n');

/** What an office suite prints at a page's foot or head, as the text keeps it. */
const MARKS = ['Page 1', '第 1 页', '第1页，共2页', '第 1 页 共 3 页', '第1页 / 共24页', '- 2 -', '-1-', '—3—', '— 2 —', '1/2', 'Page 1 of 2'];

/** The form read whole: its funds, goals, three indicators and total. */
function expectWhole(text: string): void {
  const { selfEvaluations, unparsed } = parseDocument(text, 'ocr.txt');
  expect(selfEvaluations).toHaveLength(1);
  const form = selfEvaluations[0]!;
  expect([form.funds.budgetFullYear?.text, form.funds.executed?.text, form.funds.score?.text]).toEqual(['100.00', '80.00', '8.00']);
  expect([form.goalExpected?.text, form.goalActual?.text]).toEqual(['全年受理来电不少于10万件', '全年受理来电12万件']);
  expect(form.indicators.map((row) => row.name.text)).toEqual(['受理来电数', '接通及时率', '市民满意度']);
  expect([form.totalScore?.text, form.grade?.text]).toEqual(['96.00', '优']);
  expect(form.warnings).toEqual([]);
  expect(unparsed).toEqual([]);
}

describe('a page footer between the funds block and the goals of a text form', () => {
  it.each(MARKS)('%s is consumed and the form reads whole', (mark) => {
    const text = FORM.replace('@@', `\n${mark}\n`);
    expectWhole(text);
    const line = text.split('\n').indexOf(mark) + 1;
    expect(parseDocument(text, 'ocr.txt').consumed).toContain(line);
  });

  it('is consumed on its own line too, with no blank line around it', () => {
    expectWhole(FORM.replace('@@', '第 1 页 共 3 页'));
  });

  it('is no first cell of the `| …` row right after it in a web export (a short line there is one: `成本指标`)', () => {
    expectWhole(PIPED.replace('@@', '- 2 -'));
    const text = PIPED.replace('@@\n', '').replace('| | 时效指标', '第 1 页\n| | 时效指标');
    expectWhole(text);
  });
});

describe('a table continued on the next page (续表)', () => {
  const CONTINUED = ['续表', '续上表', '（续表）', '续表1', '（续表一）', '表1（续）', '附表2(续)'];

  it.each(CONTINUED)('%s above the repeated indicator header is consumed and the form reads whole', (mark) => {
    // A printed form's indicator table over two pages: the page number, the mark, the table's header again.
    const text = FORM.replace('@@\n', '').replace('\t时效指标', `- 1 -\n${mark}\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n\t时效指标`);
    expectWhole(text);
    expect(parseDocument(text, 'continued.txt').consumed).toContain(text.split('\n').indexOf(mark) + 1);
  });

  it.each(['续表说明', '继续', '表1续表2'])('not %s', (text) => {
    expect(isPageMark(rowsOf(text)[0]!)).toBe(false);
  });

  // The dev set's a-12 as a Word table broken over two pages, `续表` over its second part: the form was cut off there
  // and its last indicators and 总分 were read as rows outside any form.
  it.each(['续表', '（续表）', '续上表', '表1（续）', '（续）'])('%s between the two parts is consumed and the form reads whole', (mark) => {
    const text = FORM.replace('@@', mark);
    expectWhole(text);
    expect(parseDocument(text, 'word.txt').consumed).toContain(text.split('\n').indexOf(mark) + 1);
  });

  it('is a lone short cell: not a sentence that starts so, nor a row with other cells', () => {
    const row = (text: string) => rowsOf(text).find((each) => each.cells.some((cell) => cell.text !== ''))!;
    expect(isPageMark(row('續表'))).toBe(true);
    expect(isPageMark(row('续表说明：资金按季度拨付'))).toBe(false);
    expect(isPageMark(row('续表\tx'))).toBe(false);
  });
});

describe('the sign-off lines under a form', () => {
  it('are consumed: 填报人, 联系电话, 填报日期 and 单位负责人 with their colons', () => {
    const text = `${FORM.replace('@@\n', '')}\n填报人：张明    联系电话：021-52560000    填报日期：2025年3月10日\n单位负责人：李华\n审核人：王芳`;
    expectWhole(text);
  });
});

describe('Calc’s running header and footer around a form printed from a sheet', () => {
  it('consumes the sheet’s default name at the head of the page and the page number at its foot', () => {
    const text = `Sheet1\n\n${FORM.replace('@@\n', '')}\n\nPage 1`;
    expectWhole(text);
    expect(parseDocument(text, 'calc.txt').consumed).toEqual(expect.arrayContaining([1, text.split('\n').length]));
  });
});

describe('isPageMark', () => {
  const row = (text: string) => rowsOf(text).find((each) => each.cells.some((cell) => cell.text !== ''))!;

  it.each(MARKS)('%s alone on its line', (mark) => {
    expect(isPageMark(row(mark))).toBe(true);
  });

  it.each(['3/2', '第 0 页', '第 3 页 共 2 页', '第 1 页 说明', '-', '1.', '2024', '- 2 - 3 -', 'Page', '100/100万元'])('not %s', (text) => {
    expect(isPageMark(row(text))).toBe(false);
  });

  it('takes a page number a PDF line split at its gap (`第 1 页 | 共 3 页`) as one', () => {
    expect(isPageMark(row('| 第 1 页 | 共 3 页 |\n| a | b |'))).toBe(true);
  });

  it('takes a sheet’s default name for a running header only outside a table: a table’s `Sheet1` cell is content', () => {
    expect(isPageMark(row('Sheet1'))).toBe(true);
    expect(isPageMark(row('工作表2'))).toBe(true);
    expect(isPageMark(row('| Sheet1 |\n| a | b |'))).toBe(false);
    const { selfEvaluations, unparsed } = parseDocument(`| Sheet1 |\n\n${PIPED.replace('@@\n', '')}`, 'pipes.txt');
    expect(selfEvaluations).toHaveLength(1);
    expect(unparsed.map(({ line, text, reason }) => [line, text, reason])).toEqual([[1, '| Sheet1 |', 'table row outside any form or list']]);
  });
});
