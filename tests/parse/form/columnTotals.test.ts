import { describe, expect, it } from 'vitest';
import { firstColumnTotal } from '../../../src/parse/form/columnTotals';

// a-17's cost table run together: 金额 | 测算依据 | 2020年 | 2021年 per item, then `合计685644.76669.9`.
const ITEMS = '保安服务费168依据招标文件162.5168保洁服务费86依据招标文件8486水电气、维修维护费431根据三定方案,各项费用据实结算398.26415.9';

describe('firstColumnTotal', () => {
  it('cuts a run-together 合计 where its figures are the column sums of the rows above (685 = 168 + 86 + 431)', () => {
    expect(firstColumnTotal('685644.76669.9绩效目标以入驻单位满意为目标', [ITEMS])).toBe('685');
  });

  it('leaves a 合计 that reads as one figure, and one no cut adds up to', () => {
    expect(firstColumnTotal('1510', ['甲 5 3', '乙 10 7'])).toBeNull();
    expect(firstColumnTotal('686644.76669.9', [ITEMS])).toBeNull();
  });
});
