import { describe, expect, it } from 'vitest';
import { canonicalLevel1, canonicalLevel2, level1Of } from '../../src/normalize/indicatorLevel';

describe('canonicalLevel1', () => {
  it('maps Word labels split over lines, with their points', () => {
    expect(canonicalLevel1('产\n出\n指\n标\n(50分)')).toBe('产出指标'); // 000
    expect(canonicalLevel1('效\n益\n指\n标\n(30分)')).toBe('效益指标');
    expect(canonicalLevel1('满意度指标\n(10分)')).toBe('满意度指标');
    expect(canonicalLevel1('满意度指标\n（10分）')).toBe('满意度指标');
  });
  it('maps OCR splits and abbreviations', () => {
    expect(canonicalLevel1('满意 度指 标')).toBe('满意度指标'); // 003
    expect(canonicalLevel1('效益 指标')).toBe('效益指标');
    expect(canonicalLevel1('产出')).toBe('产出指标');
    expect(canonicalLevel1('效果指标')).toBe('效益指标');
  });
  it('gives null for labels that are no 一级指标 or ambiguous', () => {
    expect(canonicalLevel1('指标')).toBeNull();
    expect(canonicalLevel1('一级指标')).toBeNull();
    expect(canonicalLevel1('')).toBeNull();
    expect(canonicalLevel1(null)).toBeNull();
  });
});

describe('canonicalLevel2', () => {
  it('maps split and abbreviated labels', () => {
    expect(canonicalLevel2('经济效益')).toBe('经济效益指标');
    expect(canonicalLevel2('经济效益\n指标')).toBe('经济效益指标'); // 000
    expect(canonicalLevel2('服务对象\n满意度指标')).toBe('服务对象满意度指标');
    expect(canonicalLevel2('可持续影\n响指标')).toBe('可持续影响指标');
    expect(canonicalLevel2('数量 指标')).toBe('数量指标'); // 003
    expect(canonicalLevel2('社会 效益 指标')).toBe('社会效益指标');
    expect(canonicalLevel2('可持 续影 响指 标')).toBe('可持续影响指标');
  });
  it('maps OCR splits that lost characters when only one name fits', () => {
    expect(canonicalLevel2('服 对 满 度 标')).toBe('服务对象满意度指标'); // 003
    expect(canonicalLevel2('服务 对 满 意 指 标')).toBe('服务对象满意度指标');
    expect(canonicalLevel2('满意度指标')).toBe('服务对象满意度指标');
  });
  it('leaves ambiguous labels null', () => {
    expect(canonicalLevel2('效益指标')).toBeNull(); // 经济/社会/生态效益指标
    expect(canonicalLevel2('三级扫')).toBeNull();
  });
});

describe('level1Of', () => {
  it('gives the parent of each 二级指标', () => {
    expect(level1Of('成本指标')).toBe('产出指标');
    expect(level1Of('可持续影响指标')).toBe('效益指标');
    expect(level1Of('服务对象满意度指标')).toBe('满意度指标');
  });
});
