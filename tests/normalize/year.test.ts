import { describe, expect, it } from 'vitest';
import { parseYear } from '../../src/normalize/year';

describe('parseYear', () => {
  it('reads the year headings of the corpus', () => {
    expect(parseYear('（2024年度）')).toBe(2024); // 000
    expect(parseYear('二、2024年度项目支出绩效自评表')).toBe(2024);
    expect(parseYear('填列单位（公章）：                （ 2021   年度）')).toBe(2021); // 002
    expect(parseYear('（2020年度）')).toBe(2020); // 004
    expect(parseYear('(2023 1 /2\t•')).toBe(2023); // 003 OCR of （2023年度）
  });
  it('reads a year that is a head field\'s whole value (t-08: `年份： | 2025`; `评价年度 | 2024年`), no year in other text', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear(' 2023年 ')).toBe(2023);
    expect(parseYear('2025年3月')).toBeNull();
    expect(parseYear('20250')).toBeNull();
    expect(parseYear('12024')).toBeNull();
    expect(parseYear('2024.00')).toBeNull();
  });

  it('reads a year without 度 in a title, and in a document\'s file name (d-15)', () => {
    expect(parseYear('2021年学生资助项目绩效目标自评表')).toBe(2021);
    expect(parseYear('广水市卫生健康局2023年整体绩效目标申报.pdf')).toBe(2023);
    expect(parseYear('2023年工作总结')).toBeNull();
  });
  it('reads a report cover dated at the year\'s end as that year, no other date (p-01)', () => {
    expect(parseYear('2023年12月')).toBe(2023);
    expect(parseYear(' 2023 年 12 月 ')).toBe(2023);
    expect(parseYear('2024年3月')).toBeNull();
    expect(parseYear('报告日期：2023年12月')).toBeNull();
  });
  it('gives null when no fiscal year is stated', () => {
    expect(parseYear('项目支出绩效自评表')).toBeNull();
    expect(parseYear('合同服务期：2022.7-2025.7')).toBeNull();
    expect(parseYear(null)).toBeNull();
  });
});
