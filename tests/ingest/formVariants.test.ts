/**
 * One self-evaluation form as a web page flattens it (`|` between cells, the funds block's label merged down and so
 * dropped from the rows under it), and the same form as other agencies print it: each variant changes one thing real
 * forms change — a label, a column's order, how a figure is written, a page break, a sign-off — and must read the same
 * header fields (or the ones it states). Every variant here once read wrong or left lines unread; several were read
 * one column off and marked clean.
 */
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { ingestDocument } from '../../src/ingest/ingestDocument';

const FORM = [
  '项目支出绩效自评表',
  '（2024年度）',
  '项目名称 | 农村饮水安全工程维修养护项目',
  '主管部门 | 青禾县水利局 | 实施单位 | 青禾县农村供水管理站',
  '项目资金（万元） | | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分',
  '| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 93.39% | 9.34',
  '| 其中：本年财政拨款 | 280.00 | 300.00 | 280.17 | — | | —',
  '| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | | —',
  '年度总体目标 | 预期目标 | 实际完成情况',
  '| 完成全县45处以上农村集中供水工程的维修养护。 | 完成48处集中供水工程维修养护。',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施',
  '| 产出指标 | 数量指标 | 维修养护供水工程 | ≥45处 | 48处 | 20 | 20 |',
  '| | 质量指标 | 工程验收合格率 | 100% | 100% | 10 | 10 |',
  '| | 时效指标 | 维修任务完成时限 | 2024年11月底前 | 2024年11月25日 | 10 | 10 |',
  '| | 成本指标 | 单处工程平均维修成本 | ≤6.2万元 | 5.84万元 | 10 | 10 |',
  '| 效益指标 | 社会效益指标 | 受益农村人口 | ≥5.6万人 | 5.82万人 | 10 | 10 |',
  '| | | 农村自来水普及率 | ≥92% | 91.5% | 10 | 8 | 部分偏远山区未达目标',
  '| | 可持续影响指标 | 工程运行管护机制 | 长效运行 | 已建立 | 10 | 10 |',
  '| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 93.6% | 10 | 10 |',
  '总分 | | | | | | 100 | 97.34 |',
];
const FUNDS = FORM[5]!;
const HEADER = FORM[4]!;

/** The form's indicators: name, weight and score as printed. */
const INDICATORS: [string, number, number][] = [
  ['维修养护供水工程', 20, 20],
  ['工程验收合格率', 10, 10],
  ['维修任务完成时限', 10, 10],
  ['单处工程平均维修成本', 10, 10],
  ['受益农村人口', 10, 10],
  ['农村自来水普及率', 10, 8],
  ['工程运行管护机制', 10, 10],
  ['受益群众满意度', 10, 10],
];

const READ = { project: '农村饮水安全工程维修养护项目', department: '青禾县水利局', year: 2024, budget_initial: 280, budget_full_year: 300, executed: 280.17, execution_rate_reported: 0.9339, total_score: 97.34 };

/** The form with `from` replaced by `to` on every line (the first occurrence in each). */
/** A `|` line's cells separated by tabs, its blank first cell kept (a copy from a spreadsheet). */
const tabbed = (line: string): string => line.split('|').map((cell) => cell.trim()).join('\t').replace(/\t$/, '');
const replaced = (...pairs: [string, string][]): string[] => FORM.map((line) => pairs.reduce((text, [from, to]) => text.replace(from, to), line));
const withFunds = (row: string, header = HEADER): string[] => FORM.map((line) => (line === FUNDS ? row : line === HEADER ? header : line));
const inserted = (before: string, ...lines: string[]): string[] => FORM.flatMap((line) => (line.startsWith(before) ? [...lines, line] : [line]));

const VARIANTS: [string, string[], Partial<typeof READ>?][] = [
  ['as printed', FORM],
  ['the rate as a fraction (0.9339)', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 0.9339 | 9.34')],
  ['the rate without its sign under 执行率（%）', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 93.39 | 9.34', HEADER.replace('执行率（B/A）', '执行率（%）'))],
  ['the rate cell blank', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | | 9.34'), { execution_rate_reported: undefined }],
  ['no weight or score printed', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | | 93.39% |')],
  ['amounts with their unit (280.17万元)', withFunds('| 年度资金总额 | 280.00万元 | 300.00万元 | 280.17万元 | 10 | 93.39% | 9.34')],
  ['amounts with a currency sign (¥280.00), the rate with its percent sign doubled (93.39%%)', withFunds('| 年度资金总额 | ¥280.00 | ￥300.00 | ¥280.17 | 10 | 93.39%% | 9.34')],
  ['amounts in 元 with thousands separators', withFunds('| 年度资金总额 | 2,800,000.00 | 3,000,000.00 | 2,801,700.00 | 10 | 93.39% | 9.34', HEADER.replace('万元', '元'))],
  ['a row of zeros', withFunds('| 年度资金总额 | 0.00 | 0.00 | 0.00 | 10 | 0.00% | 0'), { budget_initial: 0, budget_full_year: 0, executed: 0, execution_rate_reported: 0 }],
  ['only the three amounts, no rate or score columns', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17', '项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数'), { execution_rate_reported: undefined }],
  ['the rate before the weight', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 93.39% | 10 | 9.34', HEADER.replace('分值 | 执行率（B/A）', '执行率（B/A） | 分值'))],
  ['a 结余 column after the executed amount', withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 19.83 | 10 | 93.39% | 9.34', HEADER.replace('全年执行数（B） |', '全年执行数（B） | 结余 |'))],
  ['cells separated by tabs, the rows’ first cells kept', FORM.map(tabbed)],
  ['cells separated by tabs, each row’s leading blank cells trimmed off (a copy dropped the merged 一级/二级 cells)', FORM.map((line) => tabbed(line).replace(/^\t+/, ''))],
  ['the indicator table over two pages: page number, 续表 and its header again', inserted('| | 成本指标', '— 1 —', '续表', '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施')],
  ['the year beside 评价年度', replaced(['（2024年度）', '评价年度 | 2024年'])],
  ['labels of other templates', replaced(['项目名称 |', '项目全称 |'], ['主管部门 |', '主管部门（单位） |'], ['全年执行数（B）', '实际支出数（B）'], ['执行率（B/A）', '预算执行率'], ['总分 |', '自评得分 |'])],
  ['a budget-system code before the project, 本级 after the department', replaced(['| 农村饮水', '| 36112824R000000012345-农村饮水'], ['| 青禾县水利局 |', '| 青禾县水利局（本级） |'])],
  ['full-width figures and percent sign', replaced(['280.17 | 10', '２８０．１７ | 10'], ['93.39%', '93.39％'])],
  ['the score stated under the table (自评得分：97.34分)', FORM.map((line) => (line.startsWith('总分') ? '自评得分：97.34分' : line))],
  ['the total with its figure in one cell (| 总分：97.34分 |)', FORM.map((line) => (line.startsWith('总分') ? '| 总分：97.34分 |' : line))],
  ['the grade on the 总分 row (| 总分 | … | 100 | 97.34 | 评价等级：优)', FORM.map((line) => (line.startsWith('总分') ? '总分 | | | | | | 100 | 97.34 | 评价等级：优' : line))],
  ['sign-off lines under the form', [...FORM, '填报人：张三    联系电话：0797-1234567    填报日期：2025年3月10日', '单位负责人：李四']],
  ['the year in Chinese numerals (（二〇二四年度）)', replaced(['（2024年度）', '（二〇二四年度）'])],
  ['the year line as 年度：2024年', replaced(['（2024年度）', '年度：2024年'])],
  ['the year line as （2024年）', replaced(['（2024年度）', '（2024年）'])],
  ['the amounts’ unit on a line over the form (单位：万元)', inserted('项目名称', '单位：万元')],
  ['the reporting unit over the form (填报单位（盖章）：…)', inserted('项目名称', '填报单位（盖章）：青禾县水利局 | 填报日期：2025年3月10日')],
  ['the unit and the filing date over the form (单位名称：… | 填报日期：…)', inserted('项目名称', '单位名称：青禾县水利局 | 填报日期：2025年3月10日')],
  ['the project’s name wrapped onto a line of its own', FORM.flatMap((line) => (line.startsWith('项目名称') ? ['项目名称 | 农村饮水安全工程', '维修养护项目'] : [line]))],
  ['the budget-system code in a cell of its own before the name', replaced(['项目名称 | 农村饮水', '项目名称 | 360000241000000012345 | 农村饮水'])],
  ['the deviation column as Sichuan labels it (未完成原因及拟采取的改进措施)', replaced(['| 偏差原因分析及改进措施', '| 未完成原因及拟采取的改进措施'])],
  ['labels of more templates (权重分 | 指标得分, 预期目标值, 绩效自评得分)', replaced(['| 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 预期目标值 | 实际完成值 | 权重分 | 指标得分 |'], ['总分 |', '绩效自评得分 |'])],
  ['the indicator header’s column letters on a line of their own', FORM.flatMap((line) => (line.startsWith('绩效指标') ? [line, '| | | | （A） | （B） | | |'] : [line]))],
];

/** A row of one cell merged across the table has no `|` in the flattened page: a paragraph, inside the form. */
const WITH_PARAGRAPH = inserted('项目资金', '项目概况：本项目用于全县农村供水工程维修养护。');

const cellsOf = (line: string): string[] => line.split('|').map((cell) => cell.trim());
/** Every cell of a `|` line on a line of its own (a page or a PDF flattened one cell per line); other lines as they are. */
const oneCellPerLine = (lines: string[]): string[] => lines.flatMap((line) => (line.includes('|') ? cellsOf(line).filter((cell) => cell !== '') : [line]));
/** A `|` line's cells separated by spaces (text taken from a PDF or an OCR pass); other lines as they are. */
const spaced = (lines: string[]): string[] => lines.map((line) => (line.includes('|') ? cellsOf(line).filter((cell) => cell !== '').join(' ') : line));
/** Each row's cells run together on its line (a page that lost its separators). */
const runTogether = (lines: string[]): string[] => lines.map((line) => cellsOf(line).join(''));

const ingestText = (lines: string[]) => ingestDocument(new TextEncoder().encode(lines.join('\n')), 'variant.txt');
/** The header fields READ names, as the form's record gives them. */
const fieldsOf = (row: unknown): Record<string, unknown> => Object.fromEntries(Object.keys(READ).map((field) => [field, (row as Record<string, unknown>)[field] ?? undefined]));

/** Each printing as printed, one cell per line, and spaced: the same header fields, every indicator, no line left unread. */
const LAYOUTS: [string, (lines: string[]) => string[]][] = [
  ['as printed', (lines) => lines],
  ['one cell per line', oneCellPerLine],
  ['cells separated by spaces', spaced],
];

describe.each(LAYOUTS)('one form as other agencies print it, %s', (_, layout) => {
  it.each(VARIANTS)('%s', async (_, lines, changed = {}) => {
    const doc = await ingestText(layout(lines));
    expect(doc.rows.evaluations).toHaveLength(1);
    expect(fieldsOf(doc.rows.evaluations[0])).toEqual({ ...READ, ...changed });
    expect(doc.rows.indicators.map((indicator) => [indicator.name, indicator.weight, indicator.score])).toEqual(INDICATORS);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});

/**
 * The budget-execution rate scored as a row of the indicator table (`| 预算执行率 | | | 10 | 9.34`), as many provinces print
 * it, the funds row then without its weight and score: an indicator named 预算执行率, its weight and score counted with the
 * others' in the total (100 = 10 + 90), not a blank-named row, nor a funds label that ends the table.
 */
const RATE_ROW = inserted('| 产出指标', '| 预算执行率 | | | 10 | 9.34').map((line) => (line === FUNDS ? '| 年度资金总额 | 280.00 | 300.00 | 280.17 | | 93.39% |' : line));

describe.each([...LAYOUTS, ['tabs', (lines: string[]) => lines.map(tabbed)] as const])('the rate as a row of the indicator table, %s', (_, layout) => {
  it('reads 预算执行率 as the table’s first indicator and every indicator after it', async () => {
    const doc = await ingestText(layout(RATE_ROW));
    expect(fieldsOf(doc.rows.evaluations[0])).toEqual(READ);
    expect(doc.rows.indicators.map((indicator) => [indicator.name, indicator.weight, indicator.score])).toEqual([['预算执行率', 10, 9.34], ...INDICATORS]);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});

/** Each indicator's target and actual value as printed. */
const TARGETS = new Map(FORM.filter((line) => /^\| .*\| \d+ \| \d+ \|/.test(line)).map((line) => {
  const cells = cellsOf(line);
  return [cells[3]!, [cells[4]!, cells[5]!]] as const;
}));

/** The indicator table with a 评分标准 column (each indicator's scoring rule) before the header's label `before`. */
function withRuleColumn(before: string): string[] {
  const header = FORM.find((line) => line.startsWith('绩效指标'))!;
  const at = cellsOf(header).indexOf(before);
  const indicatorRows = FORM.slice(FORM.indexOf(header) + 1, FORM.findIndex((line) => line.startsWith('总分')));
  const withCell = (line: string, cell: string): string => line.split('|').toSpliced(at, 0, ` ${cell} `).join('|');
  return FORM.map((line) => (line === header ? withCell(line, '评分标准') : indicatorRows.includes(line) ? withCell(line, '完成目标得满分，未完成按比例扣分') : line));
}

describe.each([...LAYOUTS, ['tabs', (lines: string[]) => lines.map(tabbed)] as const])('a 评分标准 column in the indicator table, %s', (_, layout) => {
  it.each([['after 得分', '偏差原因分析及改进措施'], ['before 分值, as Fujian prints it', '分值']])('%s: every indicator read, the rule no name, value or note', async (_, before) => {
    const doc = await ingestText(layout(withRuleColumn(before)));
    expect(fieldsOf(doc.rows.evaluations[0])).toEqual(READ);
    expect(doc.rows.indicators.map((indicator) => [indicator.name, indicator.target_raw, indicator.actual_raw, indicator.weight, indicator.score])).toEqual(
      INDICATORS.map(([name, weight, score]) => [name, TARGETS.get(name)![0], TARGETS.get(name)![1], weight, score]),
    );
    expect(doc.rows.indicators.map((indicator) => indicator.deviation_note ?? null)).toEqual([null, null, null, null, null, '部分偏远山区未达目标', null, null]);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});

describe('one form as a web page flattens it', () => {
  it('reads the funds row that lost its first cell (the block label, merged down) as printed, not by repair', async () => {
    const doc = await ingestText(FORM);
    expect([doc.rows.evaluations[0]!.quality, doc.rows.evaluations[0]!.quality_reasons]).toEqual(['clean', []]);
    // The same row with a rate its amounts do not give is still read by the solver, and says so.
    const solved = await ingestText(withFunds('| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 83.39% | 9.34'));
    expect(solved.rows.evaluations[0]!.quality_reasons).toContain('funds_columns_solved');
  });

  it('reads the grade printed on the 总分 row as the grade, and the row as the total', async () => {
    const doc = await ingestText(VARIANTS.find(([name]) => name.startsWith('the grade on the 总分 row'))![1]);
    const row = doc.rows.evaluations[0] as Record<string, unknown>;
    expect([row.grade, row.total_weight, row.total_score]).toEqual(['优', 100, 97.34]);
  });

  it('reads on past a paragraph inside the form (a row of one cell), and reports the paragraph', async () => {
    const doc = await ingestText(WITH_PARAGRAPH);
    expect(doc.rows.evaluations).toHaveLength(1);
    expect(fieldsOf(doc.rows.evaluations[0])).toEqual(READ);
    expect(doc.rows.indicators).toHaveLength(8);
    expect(doc.rows.unparsed_lines.map((line) => [line.line, line.reason])).toEqual([[5, 'paragraph inside a form']]);
  });

  it('one cell per line, reports a note under the total (注：…) instead of taking it into the total’s row', async () => {
    const doc = await ingestText(oneCellPerLine([...FORM, '注：1.本表金额单位为万元。']));
    expect((doc.rows.evaluations[0] as Record<string, unknown>).total_score).toBe(97.34);
    expect(doc.rows.unparsed_lines.map((line) => [line.text, line.reason])).toEqual([['注：1.本表金额单位为万元。', 'row after the 总分 row not recognised']]);
  });

  it('each row’s cells run together on its line, reads the funds row’s figures by the form’s arithmetic, and says it did', async () => {
    const lines = runTogether(FORM);
    expect(lines[5]).toBe('年度资金总额280.00300.00280.171093.39%9.34');
    const doc = await ingestText(lines);
    const row = doc.rows.evaluations[0] as Record<string, unknown>;
    expect(fieldsOf(row)).toEqual(READ);
    expect([row.quality, row.quality_reasons]).toEqual(['repaired', ['funds_columns_solved']]);
    // Every indicator, each opening its line's text (its values stay run into it: no cell tells where they start), the row
    // printed without its merged 一级/二级 cells too — once read as the row above's target (no label opens it).
    const printedNames = INDICATORS.map(([name]) => name);
    expect(doc.rows.indicators.map((indicator, i) => [indicator.level2, indicator.name?.slice(0, printedNames[i]?.length)])).toEqual(
      ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '社会效益指标', '可持续影响指标', '服务对象满意度指标'].map((level2, i) => [level2, printedNames[i]]),
    );
    expect(doc.rows.indicators[5]!.name).toBe('农村自来水普及率≥92%91.5%108部分偏远山区未达目标');
    expect(doc.rows.indicators[4]!.target_raw).toBeNull();
  });
});

describe('one form as a workbook', () => {
  it('reads the year from a row of its own that labels it (年度：2024年)', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(replaced(['（2024年度）', '年度：2024年']).map(cellsOf)), 'Sheet1');
    const doc = await ingestDocument(new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' })), 'variant.xlsx');
    expect(fieldsOf(doc.rows.evaluations[0])).toEqual(READ);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});
