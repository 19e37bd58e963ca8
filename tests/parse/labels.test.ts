import { describe, expect, it } from 'vitest';
import {
  FUNDS_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_COLUMN_ROLES,
  LIST_COLUMN_ROLES,
  labelKey,
  level1Family,
  level1FamilyOfLevel2,
  matchRole,
} from '../../src/parse/labels';

describe('labels', () => {
  it('compares labels without whitespace, line breaks, full-width brackets or a trailing colon', () => {
    expect(labelKey('项目支\n出名称')).toBe('项目支出名称');
    expect(labelKey('偏差原因\n分析及\n改进措施')).toBe('偏差原因分析及改进措施');
    expect(labelKey('项目资金                    （万元）')).toBe('项目资金(万元)');
    expect(labelKey('年度资金总额：')).toBe('年度资金总额');
    // A web form's required-field mark (t-02: `*全年执行数`).
    expect(labelKey('*全年执行数')).toBe('全年执行数');
    // The debt management system's ExtJS fields (w-05): `✶项目名称:`.
    expect(labelKey('✶项目名称:')).toBe('项目名称');
    expect(labelKey('✶')).toBe('✶');
    expect(labelKey('＊得分')).toBe('得分');
  });

  it('matches both header variants of the corpus', () => {
    expect(matchRole('项目名称', HEADER_FIELD_LABELS)).toBe('project');
    expect(matchRole('项目支\n出名称', HEADER_FIELD_LABELS)).toBe('project');
    expect(matchRole('主管部门', HEADER_FIELD_LABELS)).toBe('department');
    expect(matchRole('主管部门及代码', HEADER_FIELD_LABELS)).toBe('department');
    expect(matchRole('全年预算数（A）', FUNDS_COLUMN_ROLES)).toBe('budgetFullYear');
    expect(matchRole('全年\n执行数', FUNDS_COLUMN_ROLES)).toBe('executed');
    expect(matchRole('执行率（B/A)', FUNDS_COLUMN_ROLES)).toBe('rate');
    expect(matchRole('年度\n指标值', INDICATOR_COLUMN_ROLES)).toBe('target');
    expect(matchRole('实际\n完成值', INDICATOR_COLUMN_ROLES)).toBe('actual');
    expect(matchRole('预算金额（单位：万元）', LIST_COLUMN_ROLES)).toBe('amount');
  });

  it("matches the Sichuan template's labels by synonym", () => {
    expect(['年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重'].map((label) => matchRole(label, FUNDS_COLUMN_ROLES))).toEqual([
      'budgetInitial',
      'budgetFullYear',
      'executed',
      'rate',
      'weight',
    ]);
    expect(['指标性质', '指标值', '度量单位', '完成值'].map((label) => matchRole(label, INDICATOR_COLUMN_ROLES))).toEqual(['nature', 'target', 'unit', 'actual']);
  });

  it('does not match a data cell that merely contains a label', () => {
    expect(matchRole('政务公开工作专项经费', HEADER_FIELD_LABELS)).toBeNull();
    expect(matchRole('得分情况说明', FUNDS_COLUMN_ROLES)).toBeNull();
  });

  it('tells the 一级 family of 二级 and 一级 labels', () => {
    expect(level1FamilyOfLevel2('社会效益\n指标')).toBe('效益指标');
    expect(level1FamilyOfLevel2('可持续影\n响指标')).toBe('效益指标');
    expect(level1FamilyOfLevel2('服务对象\n满意度指标')).toBe('满意度指标');
    expect(level1FamilyOfLevel2('成本指标')).toBe('产出指标');
    expect(level1Family('产\n出\n指\n标\n(50分)')).toBe('产出指标');
    expect(level1Family('满意度\n指标\n（10分）')).toBe('满意度指标');
  });
});
