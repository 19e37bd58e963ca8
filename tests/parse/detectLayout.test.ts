import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/parse/detectLayout';
import { splitSourceLines } from '../../src/read/text/sourceLines';

describe('detectLayout', () => {
  it('calls one-cell-per-line Word text cell-per-line', () => {
    expect(detectLayout(splitSourceLines('\t项目名称\n\t示例\n\n\t主管部门\n\t某局\n'))).toBe('cell-per-line');
  });

  it('calls tab- or |-separated rows row-per-line', () => {
    expect(detectLayout(splitSourceLines('项目名称\t示例\n主管部门\t某局\t实施单位\t某中心\n'))).toBe('row-per-line');
    expect(detectLayout(splitSourceLines('| 项目名称 | 示例 |\n| 主管部门 | 某局 |\n'))).toBe('row-per-line');
  });

  it('needs a fifth of the lines to hold several cells', () => {
    const mostlyCells = ['\t甲', '\t乙', '\t丙', '\t丁', '\t戊', '\t己', '注\t一行两格'].join('\n');
    expect(detectLayout(splitSourceLines(mostlyCells))).toBe('cell-per-line');
    expect(detectLayout(splitSourceLines(''))).toBe('cell-per-line');
  });
});
