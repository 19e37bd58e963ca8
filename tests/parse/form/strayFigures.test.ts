import { describe, expect, it } from 'vitest';
import { rateFromStrayPercent, strayExecution, totalFromScoreRun } from '../../../src/parse/form/strayFigures';
import { rowsOf } from '../support/rows';

// The indicator figures of b-05's first form, run together in PDF text, the 总分 figures last.
const RUN = '=12个 12个 10 10 >=95% 97% 20 20 及时 及时 20 20 >=90% 92% 30 30 >=90% 96% 10 10 100 99.54 率';

describe('totalFromScoreRun', () => {
  it('reads 100 / 99.54 when the scores (90) and the funds score (9.54) add up to it', () => {
    const total = totalFromScoreRun(rowsOf(RUN), 9.54);
    expect(total?.totalWeight.text).toBe('100');
    expect(total?.totalScore.text).toBe('99.54');
    expect(total?.totalScore.line).toBe(1);
  });

  it('reads it without a funds score when the rest (9.54) fits in the funds share (10 points)', () => {
    expect(totalFromScoreRun(rowsOf(RUN), null)?.totalScore.text).toBe('99.54');
  });

  it('leaves it when the funds score read disagrees', () => {
    expect(totalFromScoreRun(rowsOf(RUN), 8)).toBeNull();
  });

  it('leaves it when the rest (11.54) is more than the funds share (10 points)', () => {
    expect(totalFromScoreRun(rowsOf(RUN.replace('30 30', '30 28')), null)).toBeNull();
  });

  it('leaves a run that does not end in the full mark', () => {
    expect(totalFromScoreRun(rowsOf(RUN.replace('100 99.54', '90 89')), null)).toBeNull();
  });

  // d-04's indicator figures: the first two rows' pairs stand in cells of their own before the run (a 20630 is no weight).
  const SPREAD = ['20630 15 14 部分外出务工人员未能签约', '指标1:签约服务履约是否规范 100% 100% 15 15', '指标1:补助资金是否按季拨付 100% 100% 10 10 22.5元 22.5元 10 10 90% 90% 30 27 95% 95% 10 9 100 94'].join('\n');

  it('takes pairs from the cells before when the funds weight and score close both sums exactly (90 + 10 points, 85 + 9 = 94)', () => {
    expect(totalFromScoreRun(rowsOf(SPREAD), 9, 10)?.totalScore).toEqual({ text: '94', line: 3 });
  });

  it('takes no cell before without the funds weight and score, nor when they leave the sums open', () => {
    expect(totalFromScoreRun(rowsOf(SPREAD), 9)).toBeNull();
    expect(totalFromScoreRun(rowsOf(SPREAD), 8, 10)).toBeNull();
    expect(totalFromScoreRun(rowsOf(SPREAD), 9, 12)).toBeNull();
  });
});

describe('rateFromStrayPercent', () => {
  it('places 95.35% as 171,630.5 / 180,000 to two decimals', () => {
    const rows = rowsOf('年度总体目标\n95.35%\n已完成12个社区阅读点全年运营服务费结算。');
    expect(rateFromStrayPercent(rows, 171630.5, 180000)).toEqual({ text: '95.35%', line: 2 });
  });

  it('leaves a percentage the amounts contradict, and one inside prose', () => {
    expect(rateFromStrayPercent(rowsOf('95.36%'), 171630.5, 180000)).toBeNull();
    expect(rateFromStrayPercent(rowsOf('完成率 95.35%'), 171630.5, 180000)).toBeNull();
  });

  it('leaves two candidates alone', () => {
    expect(rateFromStrayPercent(rowsOf('95.35%\n10 95.35%'), 171630.5, 180000)).toBeNull();
  });
});

describe('strayExecution', () => {
  const cell = (text: string, line = 2) => ({ text, line });
  // b-05's second form: the row kept `36000.00 36000.00 4.10`; `14,760` stands after 实施单位, `10 41.00%` after the goal's label.
  it('places the amount and the weight and rate beside it when the amount over a row figure is the rate', () => {
    expect(strayExecution([cell('实施单位'), cell('14,760'), cell('10 41.00%')], [36000, 36000, 4.1])).toEqual({
      executed: cell('14,760'),
      weight: cell('10'),
      rate: cell('41.00%'),
      budget: 36000,
    });
  });

  it('leaves a rate the amount contradicts, and two readings that fit', () => {
    expect(strayExecution([cell('14,760'), cell('10 41.01%')], [36000])).toBeNull();
    expect(strayExecution([cell('14,760'), cell('7,380'), cell('10 41.00%')], [36000, 18000])).toBeNull();
  });
});
