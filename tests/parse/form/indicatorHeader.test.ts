import { describe, expect, it } from 'vitest';
import { isHeaderPart, isIndicatorHeaderRow, readIndicatorColumns } from '../../../src/parse/form/indicatorHeader';
import { tabDense } from '../support/rows';

const row = tabDense;

// 003 lines 424–425: a header OCR split over two lines, its first line mostly garbled.
const TOP = row(424, '一级\t二级\t— /ar ±\tN.I.\t左京松上法\t\tN At\t4H /\\\t偏差原因\t分析\t');
const BOTTOM = row(425, '指标\t指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分及改进技\t\t 造施\t');

describe('indicatorHeader', () => {
  it('recognises header rows and the second line of a split header', () => {
    expect(isIndicatorHeaderRow(TOP)).toBe(true);
    expect(isIndicatorHeaderRow(row(10, '一级指标\t二级 指标\t三级扫\t指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因 及改进抗\t'))).toBe(true);
    expect(isHeaderPart(row(109, '指标\t指标\t3 X1\t<u> </u>\t一个人们小匠\t大阪元 城區\tЛШ\t10.73\t及改进抗\t昔施'))).toBe(true);
    // An indicator row that starts with the header's tail is not a header part: it has weight and score.
    expect(isHeaderPart(row(164, '指标\t指标 数量 指标\t定期发布政府公打\t\t=6.00(次)\t6.00(次)\t20.00\t20.00\t人以进1\tョル'))).toBe(false);
  });

  it('gives each column its role from the header lines joined per column', () => {
    const columns = readIndicatorColumns([TOP, BOTTOM]);
    expect(Object.fromEntries(columns)).toEqual({
      level1: { first: 0, last: 0 },
      level2: { first: 1, last: 1 },
      name: { first: 2, last: 3 },
      target: { first: 4, last: 4 },
      actual: { first: 5, last: 5 },
      weight: { first: 6, last: 6 },
      score: { first: 7, last: 7 },
      deviationNote: { first: 8, last: 10 },
    });
  });
});
