import { describe, expect, it } from 'vitest';
import { detectSeparator, isTableRule, splitRow } from '../../../src/parse/rows/tableRow';

describe('tableRow', () => {
  it('splits tab rows into trimmed cells, keeping empty leading cells (columns)', () => {
    expect(splitRow({ line: 35, text: '\t总分\t100.00\t98.95\t' }, '\t').cells).toEqual(['', '总分', '100.00', '98.95', '']);
  });

  it('splits `|` exports without cells for the outer pipes', () => {
    expect(splitRow({ line: 1, text: '| 项目名称 | 政务热线 | |' }, '|').cells).toEqual(['项目名称', '政务热线', '']);
  });

  it('detects the separator the document uses', () => {
    expect(detectSeparator([{ line: 1, text: '项目\t名称' }, { line: 2, text: 'a|b' }, { line: 3, text: '主管\t部门' }])).toBe('\t');
    expect(detectSeparator([{ line: 1, text: '| 项目名称 | x |' }, { line: 2, text: '|---|---|' }])).toBe('|');
  });

  it('recognises a Markdown table rule', () => {
    expect(isTableRule(splitRow({ line: 2, text: '|---|:---:|' }, '|'))).toBe(true);
    expect(isTableRule(splitRow({ line: 2, text: '| — | 严估项目 |' }, '|'))).toBe(false);
  });
});
