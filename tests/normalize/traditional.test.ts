import { describe, expect, it } from 'vitest';
import { actualKind } from '../../src/normalize/actualKind';
import { parseAmount, yuanAmount } from '../../src/normalize/amount';
import { parseAgency } from '../../src/normalize/department';
import { canonicalLevel1, canonicalLevel2 } from '../../src/normalize/indicatorLevel';
import { indicatorName } from '../../src/normalize/indicatorName';
import { parseMeasure } from '../../src/normalize/measure';
import { parseProject } from '../../src/normalize/project';
import { regionOf } from '../../src/normalize/region';
import { normalizeUnit } from '../../src/normalize/unit';
import { parseYear } from '../../src/normalize/year';

// Traditional text (a 繁體 site's or a mirror's conversion of a whole page) normalizes like its simplified
// original; names keep their characters as printed.
describe('normalizers on traditional text', () => {
  it('parseAgency drops 本級 and keeps agencies named one after the other apart', () => {
    expect(parseAgency('某縣自然資源局本級').name).toBe('某縣自然資源局');
    expect(parseAgency('某縣市場監督管理局（本級）').name).toBe('某縣市場監督管理局');
    expect(parseAgency('某某省殘疾人聯合會 某某市殘疾人聯合會').name).toBe('某某省殘疾人聯合會 某某市殘疾人聯合會');
    expect(parseAgency('某省文化和旅遊廳335301302')).toEqual({ code: '335301302', name: '某省文化和旅遊廳' });
  });

  it('parseYear reads a year a form title states', () => {
    expect(parseYear('某學院2021年學生資助項目績效目標自評表')).toBe(2021);
    expect(parseYear('2021年學生資助項目')).toBeNull();
  });

  it('parseProject cuts the title printed into the name cell', () => {
    expect(parseProject('某某補助經費項目支出績效自評表').name).toBe('某某補助經費');
  });

  it('parseAmount reads 萬 and 億 units', () => {
    expect(parseAmount('12.6萬')).toBe(12.6);
    expect(parseAmount('1.68萬元')).toBe(1.68);
    expect(parseAmount('2億元')).toBe(20000);
    expect(yuanAmount('3萬元')).toBe(3);
  });

  it('regionOf keeps the region as printed', () => {
    expect(regionOf('某稜縣自然資源局')).toBe('某稜縣');
    expect(regionOf('某某省某某市人民政府辦公室')).toBe('某某市');
  });

  it('indicator levels, units, measures, actuals and names', () => {
    expect(canonicalLevel1('產出指標')).toBe('产出指标');
    expect(canonicalLevel2('社會效益指標')).toBe('社会效益指标');
    expect(normalizeUnit('萬元')).toBe('万元');
    expect(normalizeUnit('個')).toBe('個');
    expect(parseMeasure('不低於95%')).toEqual({ op: '>=', value: 95, unit: '%' });
    expect(parseMeasure('≥6個')).toEqual({ op: '>=', value: 6, unit: '個' });
    expect(parseMeasure('3個以內')).toEqual({ op: '<=', value: 3, unit: '個' });
    expect(actualKind('已達成')).toBe('boilerplate');
    expect(indicatorName('指標1：培訓次數')).toBe('培訓次數');
  });
});
