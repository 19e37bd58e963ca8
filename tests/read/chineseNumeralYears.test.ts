import { describe, expect, it } from 'vitest';
import { CHINESE_NUMERAL_YEARS } from '../../src/read/chineseNumeralYears';

describe('CHINESE_NUMERAL_YEARS', () => {
  it('reads a year in Chinese numerals before 年 as figures, digit for digit', () => {
    expect(['（二〇二四年度）', '二零二三年度项目支出绩效自评表', '（二O二二 年度）', '一九九九年'].map(CHINESE_NUMERAL_YEARS.replace)).toEqual([
      '（2024年度）',
      '2023年度项目支出绩效自评表',
      '（2022 年度）',
      '1999年',
    ]);
  });

  it('leaves numerals that are no year as printed', () => {
    expect(CHINESE_NUMERAL_YEARS.replace('二、项目绩效目标完成情况')).toBe('二、项目绩效目标完成情况');
    expect(CHINESE_NUMERAL_YEARS.replace('三四五六年')).toBe('三四五六年');
    expect(CHINESE_NUMERAL_YEARS.holds('二〇二四')).toBe(false);
    expect(CHINESE_NUMERAL_YEARS.note(2)).toBe('2 cells: years in Chinese numerals read as figures (二〇二四年 → 2024年)');
  });
});
