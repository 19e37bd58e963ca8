import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/normalize/number';

describe('parseNumber', () => {
  it('reads weights and scores as printed', () => {
    expect(parseNumber('9.96')).toBe(9.96); // 003 first form, execution score
    expect(parseNumber(' 10')).toBe(10); // 004 ' 10'
    expect(parseNumber('1,733.50')).toBe(1733.5);
    expect(parseNumber('100.00')).toBe(100);
    expect(parseNumber('9.34分')).toBe(9.34); // points printed with their unit
  });
  it('gives null for missing marks and anything else', () => {
    for (const v of ['-', '——', '', null, '优', '10分钟', '分', '100%']) expect(parseNumber(v)).toBeNull();
  });
});
