import { describe, expect, it } from 'vitest';
import { actualKind } from '../../src/normalize/actualKind';

describe('actualKind', () => {
  it('marks stock phrases as boilerplate', () => {
    expect(actualKind('达成预期指标')).toBe('boilerplate'); // 000, 42 times
    expect(actualKind('达成指标')).toBe('boilerplate'); // 003
    expect(actualKind(' 达到预期 ')).toBe('boilerplate');
    expect(actualKind('已完成。')).toBe('boilerplate');
  });
  it('tells figures from words', () => {
    expect(actualKind('99%')).toBe('numeric');
    expect(actualKind('95.00(%)')).toBe('numeric');
    expect(actualKind('492万元')).toBe('numeric');
    expect(actualKind('显著')).toBe('qualitative');
    expect(actualKind('满意')).toBe('qualitative');
    expect(actualKind('100.00(%) 10.00')).toBe('qualitative'); // two OCR cells run together: not one figure
  });
  it('marks blank and dash cells as empty', () => {
    for (const e of ['', '  ', '——', '-', null]) expect(actualKind(e)).toBe('empty');
  });
});
