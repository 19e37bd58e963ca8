import { describe, expect, it } from 'vitest';
import { collapseName, isMissingMark, toHalfWidth } from '../../src/normalize/text';

describe('text helpers', () => {
  it('collapseName joins CJK split by whitespace and keeps spaces between words', () => {
    expect(collapseName('  市本级因公出国(境)经费 ')).toBe('市本级因公出国(境)经费');
    expect(collapseName('普 陀区深化"一网\t网通办"改革第 三方评估')).toBe('普陀区深化"一网网通办"改革第三方评估');
    expect(collapseName('APEC  商务旅行卡')).toBe('APEC 商务旅行卡');
  });
  it('toHalfWidth converts full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('＝１２期\u3000')).toBe('=12期 ');
  });
  it('isMissingMark knows the dash marks', () => {
    for (const m of ['-', '—', '——', '', ' \t', '……']) expect(isMissingMark(m)).toBe(true);
    for (const v of ['0', '无', '达成指标']) expect(isMissingMark(v)).toBe(false);
  });
});
