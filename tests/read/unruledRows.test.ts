import { describe, expect, it } from 'vitest';
import { type PlacedCell, unruledRows } from '../../src/read/unruledRows';

const cell = (text: string, x0: number, y: number, width = text.length * 9): PlacedCell => ({ text, ref: `y=${y}`, x0, x1: x0 + width, y, height: 9 });
const texts = (rows: ReturnType<typeof unruledRows>) => rows?.map((row) => row.map((c) => c.text).join(' | '));

describe('unruledRows', () => {
  it('joins a wrapped cell’s lines and puts the labels centred beside it in its row', () => {
    const rows = unruledRows([
      [cell('年度资金总', 112, 277.8)],
      [cell('280.00', 182, 284.3, 28), cell('300.00', 251, 284.3, 28)],
      [cell('额', 130, 290.8)],
      [cell('其他资金', 117, 357.9), cell('0.00', 187, 357.9, 18), cell('0.00', 256, 357.9, 18)],
    ]);
    expect(texts(rows)).toEqual(['年度资金总额 | 280.00 | 300.00', '其他资金 | 0.00 | 0.00']);
    expect(rows?.[0]?.map((c) => [c.col, c.ref])).toEqual([[0, 'y=277.8'], [1, 'y=284.3'], [2, 'y=284.3']]);
  });

  it('keeps a label merged down over rows out of them: with the first row it overlaps, or, between two, with the one above', () => {
    const rows = unruledRows([
      [cell('一级指标', 117, 452.2), cell('二级指标', 178, 452.2)],
      [cell('维修养护供水工', 234, 479.3)],
      [cell('数量指标', 178, 485.7), cell('≥45处', 320, 485.7, 30)],
      [cell('程', 261, 492.2)],
      [cell('产出指标', 117, 499.3)],
      [cell('绩效指标', 65, 519.3), cell('质量指标', 178, 519.3), cell('工程验收合格率', 234, 519.3), cell('100%', 323, 519.3, 23)],
    ]);
    expect(texts(rows)).toEqual(['一级指标 | 二级指标', '产出指标 | 数量指标 | 维修养护供水工程 | ≥45处', '绩效指标 | 质量指标 | 工程验收合格率 | 100%']);
  });

  it('leaves lines that do not wrap as they are (null), and rows set one line apart cell under cell', () => {
    expect(unruledRows([[cell('分值', 385, 244), cell('得分', 525, 244)], [cell('10', 390, 284, 9), cell('9.34', 525, 284, 18)]])).toBeNull();
    expect(unruledRows([[cell('数量指标', 178, 300), cell('10', 390, 300, 9)], [cell('质量指标', 178, 313), cell('10', 390, 313, 9)]])).toBeNull();
  });
});
