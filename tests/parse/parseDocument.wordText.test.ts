import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';

const parseCellPerLine = (text: string) => parseDocument(text, 'word.txt');

/** Builds Word-table text: each row is a list of cells, each cell one tab-indented line (a '\n' inside continues it). */
function table(...rows: (string | string[])[]): string {
  return rows.map((row) => (typeof row === 'string' ? row : row.map((cell) => `\t${cell}`).join('\n'))).join('\n\n');
}

describe('parseDocument on Word-table text', () => {
  it('reads another template by its header labels: other synonyms, other column order, split target, grade', () => {
    const text = table(
      ['部门预算项目支出绩效自评表'],
      ['（2022年度）'],
      ['项目支出名称', '乡村道路养护', '主管部门及代码', '[101]某县交通运输局', '实施单位', '某县公路养护中心'],
      ['项目资金\n（万元）', '', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
      ['', '年度资金总额', '200', '180', '171', '95%', '10', '9.5'],
      ['', '其中：财政拨款', '200', '180', '171', '', '', ''],
      ['年度总体目标', '预期目标', '实际完成情况'],
      ['', '养护道路120公里', '养护道路118公里'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '偏差原因分析'],
      ['', '产出指标', '数量指标', '养护里程', '≥', '120', '公里', '118', '20', '19.6', '雨季延误'],
      ['', '', '', '养护路段数', '≥', '12', '段', '12', '20', '20', ''],
      ['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90', '%', '93', '10', '10', ''],
      ['总分', '', '60', '59.1', ''],
      ['评分等级', '优'],
    );
    const result = parseCellPerLine(text);
    expect(result.selfEvaluations).toHaveLength(1);
    const form = result.selfEvaluations[0];
    expect(form?.year?.text).toBe('（2022年度）');
    expect([form?.project?.text, form?.department?.text, form?.implementingUnit?.text]).toEqual(['乡村道路养护', '[101]某县交通运输局', '某县公路养护中心']);
    expect([form?.funds.budgetInitial?.text, form?.funds.budgetFullYear?.text, form?.funds.executed?.text, form?.funds.rate?.text, form?.funds.weight?.text, form?.funds.score?.text]).toEqual([
      '200',
      '180',
      '171',
      '95%',
      '10',
      '9.5',
    ]);
    expect([form?.goalExpected?.text, form?.goalActual?.text]).toEqual(['养护道路120公里', '养护道路118公里']);
    expect(form?.indicators.map((indicator) => [indicator.level1?.text, indicator.level2?.text, indicator.name.text, indicator.target?.text, indicator.actual?.text, indicator.weight?.text, indicator.score?.text])).toEqual([
      // 度量单位 is the unit of the target and of the actual alike.
      ['产出指标', '数量指标', '养护里程', '≥120公里', '118公里', '20', '19.6'],
      ['产出指标', '数量指标', '养护路段数', '≥12段', '12段', '20', '20'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '10', '10'],
    ]);
    expect(form?.indicators[0]?.deviationNote?.text).toBe('雨季延误');
    expect([form?.totalWeight?.text, form?.totalScore?.text, form?.grade?.text]).toEqual(['60', '59.1', '优']);
    expect(form?.warnings).toEqual([]);
    expect(result.unparsed).toEqual([]);
  });

  it('reads a funds row that lost a blank cell by its arithmetic, and says so', () => {
    const text = table(
      ['项目名称', '示例'],
      ['项目资金', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['', '年度资金总额', '12', '6', '10', '50%', '5'],
    );
    const result = parseCellPerLine(text);
    const form = result.selfEvaluations[0];
    // 6 ÷ 12 = 50% and 10 × 50% = 5: the blank cell was 年初预算数.
    expect([form?.funds.budgetInitial, form?.funds.budgetFullYear, form?.funds.executed, form?.funds.weight, form?.funds.rate, form?.funds.score].map((cell) => cell?.text ?? null)).toEqual([null, '12', '6', '10', '50%', '5']);
    expect(form?.warnings).toEqual(['funds_columns_solved', 'department_row_missing', 'budget_cell_missing']);
    expect(result.unparsed).toEqual([]);
  });

  it('lists a row it cannot place inside a form as unparsed, and every other line as consumed', () => {
    const text = table(['项目名称', '示例'], ['莫名其妙的一行', '甲', '乙'], ['总分', '100', '90']);
    const result = parseCellPerLine(text);
    expect(result.selfEvaluations[0]?.totalScore).toEqual({ text: '90', line: 10 });
    expect(result.unparsed).toEqual([
      { line: 4, text: '莫名其妙的一行', reason: 'row not recognised inside a form' },
      { line: 5, text: '甲', reason: 'row not recognised inside a form' },
      { line: 6, text: '乙', reason: 'row not recognised inside a form' },
    ]);
    expect(result.consumed).toEqual([1, 2, 8, 9, 10]);
  });
});

describe('parseDocument on lone cells inside a Word-table form', () => {
  it('does not end a form at a lone data cell that starts like a caption or names a year', () => {
    const text = table(
      ['项目名称', '示例'],
      ['年度总体目标', '预期目标', '实际完成情况'],
      ['', '1.完成2024年度全部任务', ''],
      ['总分', '100', '90'],
    );
    const result = parseCellPerLine(text);
    expect(result.selfEvaluations).toHaveLength(1);
    expect(result.selfEvaluations[0]?.goalExpected?.text).toBe('1.完成2024年度全部任务');
    expect(result.selfEvaluations[0]?.totalScore?.text).toBe('90');
    expect(result.unparsed).toEqual([]);
  });
});
