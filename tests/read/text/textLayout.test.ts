import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../../src/read/text/sourceLines';
import { textLayout } from '../../../src/read/text/textLayout';

describe('textLayout', () => {
  it('calls one-cell-per-line Word text cell-per-line', () => {
    expect(textLayout(splitSourceLines('\t项目名称\n\t示例\n\n\t主管部门\n\t某局\n'))).toBe('cell-per-line');
  });

  it('calls tab- or |-separated rows, and web pages’ `cell |` lines, row-per-line', () => {
    expect(textLayout(splitSourceLines('项目名称\t示例\n主管部门\t某局\t实施单位\t某中心\n'))).toBe('row-per-line');
    expect(textLayout(splitSourceLines('| 项目名称 | 示例 |\n| 主管部门 | 某局 |\n'))).toBe('row-per-line');
    expect(textLayout(splitSourceLines('项目名称 |\n示例 |\n|\n'))).toBe('row-per-line');
  });

  it('calls text without any table marks plain lines', () => {
    expect(textLayout(splitSourceLines('项目名称 农村饮水安全工程\n主管部门 实施单位 明光市水利局\n'))).toBe('lines');
  });

  it('needs a fifth of the lines to hold several cells', () => {
    const mostlyCells = ['\t甲', '\t乙', '\t丙', '\t丁', '\t戊', '\t己', '注\t一行两格'].join('\n');
    expect(textLayout(splitSourceLines(mostlyCells))).toBe('cell-per-line');
    expect(textLayout(splitSourceLines(''))).toBe('cell-per-line');
  });
});
