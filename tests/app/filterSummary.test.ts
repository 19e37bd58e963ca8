import { describe, expect, it } from 'vitest';
import { filterChips, filterSummary } from '../../src/app/filterSummary';
import { NO_FILTERS } from '../../src/query/filters';

describe('filterSummary', () => {
  const filters = { ...NO_FILTERS, years: [2024, 2023], regions: ['淮南市'], rateMin: 0.3, search: '出国' };

  it('names every active filter in one line, in both languages', () => {
    expect(filterSummary(filters, 'zh')).toBe('年度: 2024 · 年度: 2023 · 地区: 淮南市 · 项目名称搜索: 出国 · 执行率: 30% – …');
    expect(filterSummary(NO_FILTERS, 'en')).toBe('All data');
  });

  it('gives each chip the change that removes exactly that filter', () => {
    const chips = filterChips(filters, 'en');
    expect(chips.map((c) => c.key)).toEqual(['years:2024', 'years:2023', 'regions:淮南市', 'search', 'rate']);
    expect(chips[0]?.remove).toEqual({ years: [2023] });
    expect(chips[4]?.remove).toEqual({ rateMin: null, rateMax: null });
  });
});
