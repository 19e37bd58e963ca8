/**
 * One 部门整体支出绩效自评表 (a department's whole spending: no 项目名称, the form opened by its unit's row) as a web page
 * flattens it, and as other agencies print it. Every variant here once read wrong (the form as printed: marked repaired).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';

const FORM = [
  '部门整体支出绩效自评表',
  '（2024年度）',
  '部门（单位）名称 | 青禾县卫生健康局',
  '部门（单位）总体资金（万元） | | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率 | 得分',
  '| 年度资金总额 | 4685.00 | 5236.00 | 5026.56 | 10 | 96.00% | 9.6',
  '| 其中：财政拨款 | 4520.00 | 5071.00 | 4861.56 | — | — | —',
  '| 上年结转资金 | 165.00 | 165.00 | 165.00 | — | — | —',
  '年度总体目标 | 预期目标 | 实际完成情况',
  '| 做好基本公共卫生服务、家庭医生签约等工作。 | 全年基本公共卫生服务覆盖38.6万人。',
  '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施',
  '| 产出指标 | 数量指标 | 基本公共卫生服务覆盖人数 | ≥38万人 | 38.6万人 | 25 | 25 |',
  '| | 质量指标 | 适龄儿童免疫规划疫苗接种率 | ≥95% | 97.2% | 25 | 25 |',
  '| 效益指标 | 社会效益指标 | 居民电子健康档案建档率 | ≥90% | 92% | 30 | 30 |',
  '| 满意度指标 | 服务对象满意度指标 | 城乡居民满意度 | ≥85% | 83% | 10 | 8 | 部分村卫生室服务时间不足',
  '总分 | | | | | | 100 | 97.6 |',
];

const READ = { project: null, department: '青禾县卫生健康局', year: 2024, budget_initial: 4685, budget_full_year: 5236, executed: 5026.56, execution_rate_reported: 0.96, total_score: 97.6, scope: 'department', quality: 'clean' };

const oneCellPerLine = (lines: string[]): string[] => lines.flatMap((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));

const VARIANTS: [string, string[]][] = [
  ['as printed', FORM],
  ['the amounts’ unit on a line over the unit’s row (单位：万元)', FORM.flatMap((line) => (line.startsWith('部门（单位）名称') ? ['单位：万元', line] : [line]))],
  ['the year on a row of its own (自评年度 | 2024年)', FORM.map((line) => (line === '（2024年度）' ? '自评年度 | 2024年' : line))],
  ['one cell per line (部门（单位）名称 is one label, not 单位 inside it)', oneCellPerLine(FORM)],
  ['without its title, one cell per line (the unit’s row, then the funds header, opens it)', oneCellPerLine(FORM.slice(1))],
];

describe('one department-wide self-evaluation as other agencies print it', () => {
  it.each(VARIANTS)('%s', async (_, lines) => {
    const doc = await ingestDocument(new TextEncoder().encode(lines.join('\n')), 'variant.txt');
    expect(doc.rows.evaluations).toHaveLength(1);
    const row = doc.rows.evaluations[0] as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(READ).map((field) => [field, row[field] ?? null]))).toEqual(READ);
    expect(doc.rows.indicators).toHaveLength(4);
    expect(doc.rows.unparsed_lines).toEqual([]);
  });
});

/** A development-set fixture (pipe rows) rewritten one cell per line, its other lines as they are. */
const fixtureOneCellPerLine = (name: string): string[] => oneCellPerLine(readFileSync(`tests/fixtures/devset/${name}`, 'utf8').split('\n'));

describe('department-wide forms of the development set, one cell per line', () => {
  it('j-02 (a town’s form with neither title nor 项目名称) opens at its unit’s row, its funds header’s label keeping both notes (预算执行情况(万元) (20分))', async () => {
    const doc = await ingestDocument(new TextEncoder().encode(fixtureOneCellPerLine('j-02-anhui-unknown.txt').join('\n')), 'j-02.txt');
    expect(doc.rows.evaluations).toHaveLength(1);
    const row = doc.rows.evaluations[0] as Record<string, unknown>;
    // The unit as the line over the table names it (单位名称:荷塘镇政府): one cell per line, nothing tells that line from the table's.
    expect([row.scope, row.department, row.budget_full_year, row.execution_rate_reported, row.total_score]).toEqual(['department', '荷塘镇政府', 742.6, 1, 100]);
    const named = (name: string) => doc.rows.indicators.find((indicator) => indicator.name === name);
    expect(['调解矛盾纠纷', '清理河塘沟渠', '改善农村人居环境', '提升基层治理水平'].map((name) => [named(name)?.level2, named(name)?.target_raw, named(name)?.score])).toEqual([
      ['数量指标', '124起', 10],
      ['数量指标', '46处', 20],
      ['社会效益指标', '明显改善', 10],
      ['社会效益指标', '有效提升', 10],
    ]);
  });

  it('n-12 (Hefei’s): the 年度主要任务 block’s label ends the department’s value', async () => {
    const doc = await ingestDocument(new TextEncoder().encode(fixtureOneCellPerLine('n-12-hefei-2023.txt').join('\n')), 'n-12.txt');
    const row = doc.rows.evaluations[0] as Record<string, unknown>;
    expect([row.scope, row.department, row.year, row.budget_initial, row.budget_full_year, row.total_score]).toEqual(['department', '合肥市蜀山区市场监督管理局', 2023, 2150, 2380, 95.6]);
    expect(doc.rows.indicators.map((indicator) => [indicator.name, indicator.weight, indicator.score])).toEqual([
      ['食品安全监督抽检批次', 10, 10],
      ['特种设备定期检验率', 10, 10],
      ['食品抽检不合格品处置率', 15, 15],
      ['投诉举报按时办结率', 10, 8],
      ['单批次抽检成本', 5, 5],
      ['重大食品安全事故发生数', 15, 15],
      ['市场主体年报公示率', 15, 13],
      ['市场主体满意度', 10, 10],
    ]);
  });
});
