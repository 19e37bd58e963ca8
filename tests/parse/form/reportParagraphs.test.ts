import { describe, expect, it } from 'vitest';
import { coverYear, headParagraphCells, statedTotal } from '../../../src/parse/form/reportParagraphs';
import { type Row, cellMaker } from '../../../src/parse/row';

/** A paragraph row of one cell, as a Word document's paragraph is read. */
function paragraph(text: string, line = 3): Row {
  const make = cellMaker((t) => t, []);
  return { cells: [make({ text, col: 0, span: 1, line })], line, table: null, flow: false };
}

describe('reportParagraphs: the paragraphs that carry a self-evaluation report\'s form (p-01)', () => {
  it('reads a head field\'s paragraph as its label and value cells, both standing for the paragraph\'s cell', () => {
    const row = headParagraphCells(paragraph('主管部门：晋阳县交通运输局'))!;
    expect(row.cells.map((cell) => [cell.text, cell.key, cell.col, cell.ids])).toEqual([
      ['主管部门：', '主管部门', 0, [0]],
      ['晋阳县交通运输局', '晋阳县交通运输局', 1, [0]],
    ]);
    expect(headParagraphCells(paragraph('项目概况：对全县县道开展日常养护。'))).toBeNull();
    expect(headParagraphCells(paragraph('一、项目基本信息'))).toBeNull();
  });

  it('reads the total a sentence states, not a part\'s score', () => {
    expect(statedTotal(paragraph('综合考虑预算执行情况得分9.51分、产出…指标完成情况得分86分，最终评分结果：…项目绩效自评价结果为:总得分95.51分，属于"优"。', 49))).toEqual({ text: '95.51', line: 49 });
    expect(statedTotal(paragraph('预算执行情况得分9.51分。'))).toBeNull();
    expect(statedTotal(paragraph('自评得分为 192 分'))).toBeNull();
  });

  it('reads the cover\'s year from a year statement or a date at the year\'s end, no other date', () => {
    expect(coverYear(paragraph('2023年12月', 5))).toEqual({ text: '2023年12月', line: 5 });
    expect(coverYear(paragraph('（2023年度）'))?.text).toBe('（2023年度）');
    expect(coverYear(paragraph('2024年3月'))).toBeNull();
  });
});
