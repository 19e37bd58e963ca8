/**
 * One 部门整体支出绩效自评表 (a department's whole spending: no 项目名称, the form opened by its unit's row) as a web page
 * flattens it, and as other agencies print it. Every variant here once read wrong (the form as printed: marked repaired).
 */
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
