import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/normalize/amount';

describe('parseAmount (万元)', () => {
  it('reads funds cells as printed in 万元', () => {
    expect(parseAmount('1,733.50')).toBe(1733.5); // 003 OCR funds block
    expect(parseAmount('43.31')).toBe(43.31); // 000 市本级因公出国(境)经费 executed
    expect(parseAmount('492')).toBe(492);
    expect(parseAmount(' 67 ')).toBe(67);
    expect(parseAmount('０.７１')).toBe(0.71); // full-width digits
  });
  it('reads amounts with their unit and converts 元 and 亿元', () => {
    expect(parseAmount('1.68万元')).toBe(1.68);
    expect(parseAmount('104.2万元')).toBe(104.2);
    expect(parseAmount('1.98万')).toBe(1.98);
    expect(parseAmount('785元')).toBe(0.0785);
    expect(parseAmount('22.2亿元')).toBe(222000);
  });
  it('gives null, never 0, for a missing value', () => {
    for (const missing of ['-', '—', '——', '', '  ', '\t', null, undefined]) expect(parseAmount(missing)).toBeNull();
    expect(parseAmount('0.00')).toBe(0); // a printed zero is a zero
  });
  it('gives null for text that is not an amount', () => {
    expect(parseAmount('疫情原因，当年实际执行0.71万元')).toBeNull();
    expect(parseAmount('100%')).toBeNull();
    expect(parseAmount('0.00 -')).toBeNull();
  });
});
