import { describe, expect, it } from 'vitest';
import { parseMeasure, targetOp } from '../../src/normalize/measure';

const m = (op: string | null, value: number | null, unit: string | null) => ({ op, value, unit });

describe('parseMeasure', () => {
  it('reads operator, value and unit of the corpus targets', () => {
    expect(parseMeasure('≥90%')).toEqual(m('>=', 90, '%'));
    expect(parseMeasure('≤492万元')).toEqual(m('<=', 492, '万元')); // 000 12345热线 成本指标
    expect(parseMeasure('＝12期')).toEqual(m('=', 12, '期'));
    expect(parseMeasure('=1次')).toEqual(m('=', 1, '次'));
    expect(parseMeasure('≧95%')).toEqual(m('>=', 95, '%')); // 004
    expect(parseMeasure('=100.00(%)')).toEqual(m('=', 100, '%')); // 003
    expect(parseMeasure('=0.00(次)')).toEqual(m('=', 0, '次'));
    expect(parseMeasure('≥1.00(次)')).toEqual(m('>=', 1, '次'));
    expect(parseMeasure('≥95百分比')).toEqual(m('>=', 95, '%'));
    expect(parseMeasure('≤2月')).toEqual(m('<=', 2, '月'));
  });
  it('reads comparison words before and after the figure', () => {
    expect(parseMeasure('90%以上')).toEqual(m('>=', 90, '%'));
    expect(parseMeasure('40次以上')).toEqual(m('>=', 40, '次'));
    expect(parseMeasure('不低于95%')).toEqual(m('>=', 95, '%'));
    expect(parseMeasure('不少于8')).toEqual(m('>=', 8, null));
    expect(parseMeasure('控制在492万元以内')).toEqual(m('<=', 492, '万元'));
  });
  it('reads figures without an operator (actuals, rate units, OCR loss)', () => {
    expect(parseMeasure('6.00(次)')).toEqual(m(null, 6, '次'));
    expect(parseMeasure('95.00(%)')).toEqual(m(null, 95, '%'));
    expect(parseMeasure('1万/批次')).toEqual(m(null, 1, '万元/批次')); // 002: 万 means 万元
    expect(parseMeasure('0.09万/批次')).toEqual(m(null, 0.09, '万元/批次'));
    expect(parseMeasure('785元/人')).toEqual(m(null, 785, '元/人'));
    expect(parseMeasure('1300余人次')).toEqual(m(null, 1300, '人次'));
    expect(parseMeasure('650人（间）次')).toEqual(m(null, 650, '人(间)次'));
    expect(parseMeasure('相关人员满意度100%')).toEqual(m(null, 100, '%')); // 002 actual
    expect(parseMeasure('100 00(%)')).toEqual(m(null, 100, '%')); // 003: OCR lost the point of 100.00(%)
    expect(parseMeasure('≥80')).toEqual(m('>=', 80, null));
  });
  it('reads a unit of four characters after a multiplier or a measure word, the value as printed', () => {
    expect(parseMeasure('≥185万平方米')).toEqual(m('>=', 185, '万平方米'));
    expect(parseMeasure('≤2.5亿立方米')).toEqual(m('<=', 2.5, '亿立方米'));
    expect(parseMeasure('≤5个工作日')).toEqual(m('<=', 5, '工作日'));
    // On a page in traditional characters the same units (`萬`, `個`: the unit as printed, a synonym simplified).
    expect(parseMeasure('≥185萬平方米')).toEqual(m('>=', 185, '萬平方米'));
    expect(parseMeasure('≤5個工作日')).toEqual(m('<=', 5, '工作日'));
    expect(parseMeasure('≤30个自然日')).toEqual(m('<=', 30, '个自然日'));
    // Four characters without a multiplier or measure word are no unit (text run on after a figure).
    expect(parseMeasure('≥5全面完成')).toEqual(m(null, null, null));
  });
  it('keeps the value of a unit OCR cut short, without guessing the unit', () => {
    expect(parseMeasure('≥90.00(9')).toEqual(m('>=', 90, null)); // 003 相关群众满意度, printed ≥90.00(%)
    expect(parseMeasure('≥90.00(%')).toEqual(m('>=', 90, '%'));
  });
  it('gives no figure for qualitative text, stock phrases and sentences', () => {
    for (const q of ['显著', '及时', '合规', '提升', '达成预期指标', '2023年3月前印制完毕', '100.00(%) 10.00', '达成指标 10.0', '', '——'])
      expect(parseMeasure(q)).toEqual(m(null, null, null));
  });
});

describe('targetOp', () => {
  it('is the stated op, `=` for a figure stated without one, null for a qualitative target', () => {
    expect(targetOp(parseMeasure('≥90%'))).toBe('>=');
    expect(targetOp(parseMeasure('7个'))).toBe('=');
    expect(targetOp(parseMeasure('显著'))).toBeNull();
  });
});
