import { describe, expect, it } from 'vitest';
import { readIndicatorColumns } from '../../../src/parse/form/indicatorHeader';
import { locateScores, readCandidate } from '../../../src/parse/form/indicatorRow';
import { tabDense } from '../support/rows';

// 003 line 396: the header of form 17.
const COLUMNS = readIndicatorColumns([tabDense(396, '一级 指标\t二级 指标\t 三级打\t指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因 及改进抗\t\t')]);

describe('indicatorRow', () => {
  it('finds weight and score at the header columns, or shifted where OCR merged cells (line 407)', () => {
    expect(locateScores(tabDense(397, '\t数量 指标\t接待及出访\t工作完成数\t=100.00(%)\t100.00(%)\t20.00\t20.00\t\t\t').cells, COLUMNS)).toEqual({ weightIndex: 6, scoreIndex: 7, shift: 0 });
    const shifted = tabDense(407, '满意 度指 标\t服对满度标\t相关方满意度\t≥95.00(%)\t95.00(%)\t10.00\t10.00\t');
    const position = locateScores(shifted.cells, COLUMNS)!;
    expect(position).toEqual({ weightIndex: 5, scoreIndex: 6, shift: -1 });
    const candidate = readCandidate(shifted, COLUMNS, position);
    expect([candidate.name, candidate.target, candidate.actual, candidate.weight?.text, candidate.score?.text]).toEqual(['相关方满意度', '≥95.00(%)', '95.00(%)', '10.00', '10.00']);
    expect(candidate.damage).toBe(0);
  });

  it('is not an indicator without two number cells (a garbled header line with `10.73`, line 109)', () => {
    expect(locateScores(tabDense(109, '指标\t指标\t3 X1\t<u> </u>\t一个人们小匠\t大阪元 城區\tЛШ\t10.73\t及改进抗\t昔施').cells, COLUMNS)).toBeNull();
  });

  it('scores the damage of a garbled row (line 431: no name, no target, `100.00(%) 10.00`)', () => {
    const garbled = tabDense(431, '\t指标\t\t\t\t100.00(%) 10.00\t10.00\t10.00\t\t\t');
    const candidate = readCandidate(garbled, COLUMNS, locateScores(garbled.cells, COLUMNS)!);
    expect([candidate.name, candidate.target, candidate.actual]).toEqual(['', '', '100.00(%) 10.00']);
    expect(candidate.damage).toBe(5);
  });

  it('reads the value columns by role in any order: the actual between the weight and the score, or after the score', () => {
    const read = (header: string, row: string) => {
      const columns = readIndicatorColumns([tabDense(1, header)]);
      const dense = tabDense(2, row);
      const candidate = readCandidate(dense, columns, locateScores(dense.cells, columns)!);
      return [candidate.name, candidate.target, candidate.actual, candidate.weight?.text, candidate.score?.text, candidate.note];
    };
    // Guangxi: 指标值 | 分值 | 实际完成值 | 指标得分.
    expect(read('一级指标\t二级指标\t指标内容\t指标值\t分值\t实际完成值\t指标得分\t偏差原因', '产出指标\t数量指标\t改造公厕数量\t≥42座\t20\t40座\t18\t两座延期')).toEqual(['改造公厕数量', '≥42座', '40座', '20', '18', '两座延期']);
    expect(read('一级指标\t二级指标\t三级指标\t指标值\t分值\t得分\t实际完成值\t偏差原因', '产出指标\t数量指标\t改造公厕数量\t≥42座\t20\t18\t40座\t两座延期')).toEqual(['改造公厕数量', '≥42座', '40座', '20', '18', '两座延期']);
  });

  it('reads the adjusted target where the header prints it after the target as set (`年初指标值 | 调整后指标值`, Shanxi)', () => {
    const columns = readIndicatorColumns([tabDense(1, '一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t定性值情况说明\t分值\t得分\t偏差原因分析及改进措施')]);
    const adjusted = tabDense(2, '产出指标\t数量指标\t改造老旧小区数量\t24个\t26个\t26个\t\t15\t15\t');
    const candidate = readCandidate(adjusted, columns, locateScores(adjusted.cells, columns)!);
    expect([candidate.name, candidate.target, candidate.actual, candidate.weight?.text, candidate.score?.text]).toEqual(['改造老旧小区数量', '26个', '26个', '15', '15']);
    // Hubei's 指标值 split in past years' values and the year's (前年 | 上年 | 预计当年实现), 指标值确定依据 after it.
    const split = readIndicatorColumns([
      tabDense(4, '目标名称\t一级指标\t二级指标\t三级指标\t指标值\t\t\t指标值确定依据'),
      tabDense(5, '\t\t\t\t前年\t上年\t预计当年实现\t'),
    ]);
    expect([split.get('target'), split.get('priorTarget'), split.get('deviationNote')]).toEqual([{ first: 6, last: 6 }, { first: 4, last: 5 }, { first: 7, last: 7 }]);
    // A lone 年初指标值 is the target.
    const initialOnly = readIndicatorColumns([tabDense(3, '一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分')]);
    expect([initialOnly.get('target'), initialOnly.has('priorTarget')]).toEqual([{ first: 3, last: 3 }, false]);
  });
});
