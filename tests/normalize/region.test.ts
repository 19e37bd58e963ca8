import { describe, expect, it } from 'vitest';
import { regionOf } from '../../src/normalize/region';

describe('regionOf', () => {
  it('takes the area from the department of each corpus file', () => {
    expect(regionOf('淮南市人民政府办公室')).toBe('淮南市');
    expect(regionOf('大同市人民政府外事办公室')).toBe('大同市');
    expect(regionOf('上海市普陀区人民政府办公室')).toBe('上海市普陀区');
    expect(regionOf('湘西自治州人民政府办公室')).toBe('湘西自治州');
  });
  it('reads agencies that are not the government office, drops a province, resolves short forms', () => {
    expect(regionOf('上海市普陀区财政局')).toBe('上海市普陀区');
    expect(regionOf('淮南市财政局')).toBe('淮南市');
    expect(regionOf('湖南省湘西州人民政府驻长沙办事处')).toBe('湘西自治州');
  });
  it('reads agencies with long names (住房和城乡建设局, 文化广电和旅游局)', () => {
    expect(regionOf('枫林县住房和城乡建设局')).toBe('枫林县');
    expect(regionOf('某市文化广电和旅游局')).toBe('某市');
    expect(regionOf('某县人力资源和社会保障局')).toBe('某县');
  });
  it('gives null when the name names no area', () => {
    expect(regionOf('州大数据中心')).toBeNull();
    expect(regionOf(null)).toBeNull();
  });
});
