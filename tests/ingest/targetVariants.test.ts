/**
 * One target table (项目支出绩效目标表) as a web page flattens it, and as other agencies print it: each variant changes one
 * thing real tables change and must read the same head, money and indicators. Every variant here that is not the table
 * as printed once read wrong.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';

const TABLE = [
  '项目支出绩效目标表',
  '（2025年度）',
  '项目名称 | 城乡供水一体化管网延伸工程',
  '主管部门 | 青禾县水利局 | 实施单位 | 青禾县农村供水管理站',
  '项目资金（万元） | 年度资金总额 | 520.00',
  '| 其中：财政拨款 | 480.00',
  '| 其他资金 | 40.00',
  '年度总体目标 | 新建供水管网32公里，新增受益人口1.2万人，供水水质达标率100%。',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值',
  '| 产出指标 | 数量指标 | 新建供水管网长度 | ≥32公里',
  '| | 质量指标 | 工程验收合格率 | 100%',
  '| | 时效指标 | 工程完工时间 | 2025年11月底前',
  '| | 成本指标 | 每公里管网建设成本 | ≤15万元',
  '| 效益指标 | 社会效益指标 | 新增受益人口 | ≥1.2万人',
  '| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90%',
];
const MONEY = TABLE.slice(4, 7);

/** The table's indicators, name and target as printed. */
const INDICATORS = [
  ['新建供水管网长度', '≥32公里'],
  ['工程验收合格率', '100%'],
  ['工程完工时间', '2025年11月底前'],
  ['每公里管网建设成本', '≤15万元'],
  ['新增受益人口', '≥1.2万人'],
  ['受益群众满意度', '≥90%'],
];

const READ = { project: '城乡供水一体化管网延伸工程', department: '青禾县水利局', year: 2025, budget_total: 520, budget_fiscal: 480, budget_other: 40 };

const withMoney = (...rows: string[]): string[] => TABLE.flatMap((line) => (line === MONEY[0] ? rows : MONEY.includes(line) ? [] : [line]));

const VARIANTS: [string, string[]][] = [
  ['as printed', TABLE],
  ['the money laid out across under the block’s label, the figures’ row without its first cell', withMoney('项目资金（万元） | 年度资金总额 | 财政拨款 | 其他资金', '| 520.00 | 480.00 | 40.00')],
  ['the year in Chinese numerals', TABLE.map((line) => line.replace('（2025年度）', '（二〇二五年度）'))],
  ['the amounts’ unit on a line over the table', TABLE.flatMap((line) => (line.startsWith('项目名称') ? ['单位：万元', line] : [line]))],
];

/** The same printings with every cell on a line of its own (a page or a PDF flattened one cell per line). */
const oneCellPerLine = (lines: string[]): string[] => lines.flatMap((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));

describe.each([
  ['as printed', (lines: string[]) => lines],
  ['one cell per line', oneCellPerLine],
])('one target table as other agencies print it, %s', (_, layout) => {
  it.each(VARIANTS)('%s', async (_, printed) => {
    const lines = layout(printed);
    const doc = await ingestDocument(new TextEncoder().encode(lines.join('\n')), 'variant.txt');
    expect(doc.rows.target_tables).toHaveLength(1);
    const row = doc.rows.target_tables[0] as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(READ).map((field) => [field, row[field] ?? undefined]))).toEqual(READ);
    expect(doc.rows.target_indicators.map((indicator) => [indicator.name, indicator.target_raw])).toEqual(INDICATORS);
    expect(row.goal_text).toBe('新建供水管网32公里，新增受益人口1.2万人，供水水质达标率100%。');
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});

describe.each([
  ['as printed', (lines: string[]) => lines],
  ['one cell per line', oneCellPerLine],
])('a target table’s goal and indicators, %s', (_, layout) => {
  const read = async (lines: string[]) => ingestDocument(new TextEncoder().encode(layout(lines).join('\n')), 'variant.txt');

  it('reads a goal printed over two rows, its label merged down beside them', async () => {
    const doc = await read(TABLE.flatMap((line) => (line.startsWith('年度总体目标') ? ['年度总体目标 | 目标1：新建供水管网32公里，新增受益人口1.2万人。', '| 目标2：供水水质达标率100%。'] : [line])));
    expect(doc.rows.target_tables[0]!.goal_text).toBe('目标1：新建供水管网32公里，新增受益人口1.2万人。\n目标2：供水水质达标率100%。');
    expect(doc.rows.target_indicators).toHaveLength(6);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });

  it('reads the indicators of a table with a note column whose text holds a header word (按实际完成计 holds 实际完成)', async () => {
    const doc = await read(TABLE.map((line) => (line.startsWith('绩效指标') ? `${line} | 指标值说明` : line.startsWith('| ') && /[≥≤%]|底前/.test(line) ? `${line} | 按实际完成计` : line)));
    expect(doc.rows.target_indicators.map((indicator) => [indicator.name, indicator.target_raw])).toEqual(INDICATORS);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});
