import { describe, expect, it } from 'vitest';
import { isDirection, isMostlyNoise, isOperator, isWellFormedValue, nameNoise, numberCell, startsWithOperatorValue } from '../../src/parse/cellText';

describe('ocrText', () => {
  it('numberCell: plain numbers and OCR doubles (003 lines 169, 428), not text', () => {
    expect(numberCell('10.00')).toEqual({ text: '10.00', cleaned: false });
    expect(numberCell('1,733.50')).toEqual({ text: '1,733.50', cleaned: false });
    expect(numberCell('10.00 10.00')).toEqual({ text: '10.00', cleaned: true });
    expect(numberCell('.00 15.00')).toEqual({ text: '15.00', cleaned: true });
    expect(numberCell('达成指标 10.0')).toBeNull();
    expect(numberCell('ЛШ')).toBeNull();
    expect(numberCell('')).toBeNull();
  });

  it('isWellFormedValue: measures and words, not OCR garble', () => {
    for (const value of ['=100.00(%)', '≥1.00(次)', '95.00(%)', '=6.00(次)', '及时', '达成指标']) expect(isWellFormedValue(value)).toBe(true);
    for (const value of ['100.00(0/)', '100 00(%)', '÷ 21. 24', 'Z)X161/N', '100.00(%) 10.00']) expect(isWellFormedValue(value)).toBe(false);
  });

  it('startsWithOperatorValue: a target printed into a name cell (`≥90.00(9`)', () => {
    expect(startsWithOperatorValue('≥90.00(9')).toBe(true);
    expect(startsWithOperatorValue('满意度')).toBe(false);
  });

  it('nameNoise: clean names 0, OCR damage counted', () => {
    expect(nameNoise('区政府综合业务经费')).toBe(0);
    expect(nameNoise('全区因公出国(境)经验费')).toBe(0);
    expect(nameNoise('政务服务线」上办理宣传推广·项目')).toBe(1);
    expect(nameNoise('提升服务L作效率')).toBe(1);
    expect(nameNoise('1 印形规范、 有 咐')).toBe(3);
    expect(nameNoise('—————')).toBe(3);
  });

  it('isMostlyNoise: a deviation note that is OCR noise (003 lines 87, 92) vs a real one (line 29)', () => {
    expect(isMostlyNoise('火 以近11Ħ #E')).toBe(true);
    expect(isMostlyNoise('.0.00')).toBe(true);
    expect(isMostlyNoise('部分评估结身 确,需加强 法,多人数扩统计方')).toBe(false);
  });

  it('tells a comparison (sign or words, simplified or traditional) from a direction, and neither from a value', () => {
    expect(['≥', '=', '≤', '＝', '大于等于', '大于或等于', '小于等于', '等于', '不低于', '不超过', '大於等於', ' 等 于 '].every(isOperator)).toBe(true);
    expect(['正向', '反向', '≥90%', '90', '大于等于90', '正向'].filter(isOperator)).toEqual([]);
    expect(['正向', '反向指标', '正 向'].every(isDirection)).toBe(true);
    expect(['等于', '方向', '正向发展'].filter(isDirection)).toEqual([]);
  });
});
