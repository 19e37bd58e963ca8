import { describe, expect, it } from 'vitest';
import { parseRate } from '../../src/normalize/rate';

describe('parseRate (fraction)', () => {
  it('reads percentages with the sign', () => {
    expect(parseRate('47.33%')).toBe(0.4733);
    expect(parseRate('100%')).toBe(1);
    expect(parseRate('30.934%')).toBe(0.30934); // 000 市本级因公出国(境)经费
    expect(parseRate('0%')).toBe(0);
    expect(parseRate('100.00(%)')).toBe(1);
  });
  it('reads a bare number in a 执行率 cell as a percentage', () => {
    expect(parseRate('99.66')).toBe(0.9966); // 003, column headed 执行率(%)
    expect(parseRate('1.12')).toBe(0.0112); // 002 对台工作特费
    expect(parseRate('15.45')).toBe(0.1545); // 002 宣传交流工作经费
  });
  it('gives the double nearest the printed decimal, not a division artefact', () => {
    expect(parseRate('74.34%')).toBe(0.7434);
    expect(74.34 / 100).not.toBe(0.7434); // why the decimal shift matters
  });
  it('gives null for missing marks and text', () => {
    for (const missing of ['——', '-', '—', '', null]) expect(parseRate(missing)).toBeNull();
    expect(parseRate('执行率')).toBeNull();
  });
});
