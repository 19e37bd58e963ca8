import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/charts/plainText';

describe('plainText', () => {
  it('neutralizes ECharts rich-text markup and control characters in document text', () => {
    expect(plainText('{a|<b>x</b>}\n项目')).toBe('｛a｜<b>x</b>｝ 项目');
    expect(plainText(null)).toBe('');
  });

  it('shortens long names with an ellipsis', () => {
    expect(plainText('湘西自治州人民政府驻长沙办事处', 6)).toBe('湘西自治州…');
  });
});
