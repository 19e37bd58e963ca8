import { describe, expect, it } from 'vitest';
import { isBlankText, splitSourceLines } from '../../../src/read/text/sourceLines';

describe('splitSourceLines', () => {
  it('numbers lines from 1 across \\n, \\r\\n and lone \\r breaks, without a BOM or a phantom last line', () => {
    expect(splitSourceLines('\uFEFF项目名称\r\n\t示例\r第三行\n')).toEqual([
      { line: 1, text: '项目名称' },
      { line: 2, text: '\t示例' },
      { line: 3, text: '第三行' },
    ]);
    expect(splitSourceLines('')).toEqual([]);
    expect(splitSourceLines('\n\n')).toEqual([
      { line: 1, text: '' },
      { line: 2, text: '' },
    ]);
  });

  it('treats tabs, spaces and full-width spaces alone as blank', () => {
    expect(['\t', ' \t ', '\u3000', ''].every(isBlankText)).toBe(true);
    expect(isBlankText('\t0')).toBe(false);
  });
});
