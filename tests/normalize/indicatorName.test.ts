import { describe, expect, it } from 'vitest';
import { indicatorName } from '../../src/normalize/indicatorName';

describe('indicatorName', () => {
  it('removes the 指标N： row label of the 002 template', () => {
    expect(indicatorName('指标1：培训次数')).toBe('培训次数');
    expect(indicatorName('指标2：是否按预定进度完成')).toBe('是否按预定进度完成');
    expect(indicatorName('指标 1: 接待批次')).toBe('接待批次');
  });
  it('keeps names without the label, whitespace collapsed', () => {
    expect(indicatorName('问题解决率')).toBe('问题解决率');
    expect(indicatorName('相关群众 满意度')).toBe('相关群众满意度');
    expect(indicatorName('指标完成率')).toBe('指标完成率');
  });
});
