import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/parseDocument';

const devset = (name: string) => parseDocument(readFileSync(`tests/fixtures/devset/${name}`, 'utf8'), name);

describe('readForm: a funds column label that ends its row, its figure on the next', () => {
  it('takes the next row when it is the figure (e-09: 预算数: / 3.15, then 执行数: / 3.15 and the 预算执行进度 20)', () => {
    const form = devset('e-09-sichuan-unknown.txt').selfEvaluations[0]!;
    expect(form.funds.budgetFullYear).toEqual({ text: '3.15', line: 33 });
    expect(form.funds.executed).toEqual({ text: '3.15', line: 37 });
    expect(form.warnings).not.toContain('funds_row_missing');
  });

  it('takes the amount opening the next row run into its text (e-05: 实际使用情况(万元) / 78.30其中:中央财政…)', () => {
    const doc = devset('e-05-hainan-unknown.txt');
    const form = doc.selfEvaluations[0]!;
    expect([form.funds.budgetFullYear?.text, form.funds.executed?.text]).toEqual(['96.00', '78.30']);
    // The report's rubric is titled 项目绩效目标表, but a form that states an amount spent is an evaluation, not a target table.
    expect(doc.targetTables).toEqual([]);
  });

  it('does not take a next row of other cells as its figure (d-09: the funds header’s label lines are its columns, 行次 and the place-holding ones too)', () => {
    const doc = devset('d-09-sichuan-2024.txt');
    const form = doc.selfEvaluations[0]!;
    // Before, each label line was consumed as the figure of the label above it: a funds row of no figures, said to be read.
    expect(form.funds.budgetFullYear).toEqual({ text: '126.500000', line: 30 });
    expect(form.warnings).not.toContain('funds_row_missing');
    expect(doc.unparsed.map((line) => line.line).filter((line) => line >= 14 && line <= 22)).toEqual([]);
  });
});

describe('readForm: the money’s total beside the funds block’s own label (a target table)', () => {
  const targetTable = (fundsRow: string) =>
    parseDocument(
      ['项目支出绩效目标表', '（2024年度）', '项目名称 | 社区养老服务站运营补助', '主管部门 | 某区民政局 | 实施单位 | 某区养老服务中心', fundsRow, '年度绩效目标 | 运营养老服务站6个。', '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值', '| 产出指标 | 数量指标 | 运营站点数量 | 6个'].join('\n'),
      'target.txt',
    ).targetTables[0]!;

  it('reads the figure right after the block label when the money’s parts follow it (m-08: 项目资金（万元） | 860 | 其中：转移支付资金 | 500)', () => {
    const form = targetTable('项目资金（万元） | 240 | 其中：财政拨款 | 200');
    expect([form.budgetTotal?.text, form.budgetFiscal?.text]).toEqual(['240', '200']);
  });

  it('does not take a block label’s points for the money (预算执行（10分） | 9.6)', () => {
    expect(targetTable('预算执行（10分） | 9.6 | 年度资金总额 | 120').budgetTotal?.text).toBe('120');
  });

  it('takes the one part with money for a blank total, never a part of 0 (a wrong 0 is worse than none)', () => {
    expect(targetTable('年度资金总额 | 资金来源 | 金额\n其中：财政拨款 | 200\n其他资金 | 0').budgetTotal?.text).toBe('200');
    const zeroOnly = targetTable('年度资金总额 | 资金来源 | 金额\n其他资金 | 0.00');
    expect(zeroOnly.budgetTotal).toBeNull();
    expect(zeroOnly.warnings).not.toContain('budget_total_from_part');
  });
});

describe('readForm: the money by sources the model has no place for', () => {
  it('reads Guangxi\'s 本级 / 政府性基金 / 国有资本经营预算 rows under the 合计 as structure, the total from the 合计 (m-07)', () => {
    const doc = devset('m-07-guangxi-2024.txt');
    expect([doc.targetTables[0]?.budgetTotal?.text, doc.unparsed]).toEqual(['1,860,000.00', []]);
  });
});

describe('readForm: the year\'s money beside the project\'s whole', () => {
  it('takes 年度资金申请总额 for a target table that prints 项目资金总额 (a phased project\'s three years) before it (t-03, Shanghai)', () => {
    const form = devset('t-03-shanghai-2026.txt').targetTables[0]!;
    expect(form.budgetTotal?.text).toBe('3,498,000.00');
    expect(form.amountsInYuan).toBe(true);
  });
});
