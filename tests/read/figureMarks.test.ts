import { describe, expect, it } from 'vitest';
import { FIGURE_MARKS } from '../../src/read/figureMarks';

describe('FIGURE_MARKS', () => {
  it('reads an amount without its currency sign and a rate with one percent sign, wherever the figure stands', () => {
    expect(['¥280.00', '￥1,733.50', '¥ 280.17', '93.39%%'].map(FIGURE_MARKS.replace)).toEqual(['280.00', '1,733.50', '280.17', '93.39%']);
    // A row's cells run together on its line.
    expect(FIGURE_MARKS.replace('年度资金总额¥280.00¥300.00¥280.171093.39%%9.34')).toBe('年度资金总额280.00300.00280.171093.39%9.34');
    // A sign with no figure after it, or a percent sign alone, stays as printed.
    expect(['单位：￥', '完成率100%', '%%'].map(FIGURE_MARKS.replace)).toEqual(['单位：￥', '完成率100%', '%%']);
    expect(FIGURE_MARKS.holds('项目资金（万元）')).toBe(false);
    expect(FIGURE_MARKS.note(3)).toBe('3 cells: figures read without a currency sign or a doubled percent sign (¥280.00 → 280.00, 93.39%% → 93.39%)');
  });
});
