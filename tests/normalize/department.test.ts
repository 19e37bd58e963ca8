import { describe, expect, it } from 'vitest';
import { correctOcrAgency, parseAgency } from '../../src/normalize/department';

describe('parseAgency', () => {
  it('drops a full stop typed after the name', () => {
    expect(parseAgency('青禾县水利局。')).toEqual({ code: null, name: '青禾县水利局' });
    expect(parseAgency('青禾县水利局（本级）。')).toEqual({ code: null, name: '青禾县水利局' });
  });
  it('splits the code prefix off', () => {
    expect(parseAgency('009-淮南市人民政府办公室')).toEqual({ code: '009', name: '淮南市人民政府办公室' }); // 000
    expect(parseAgency('009001-淮南市人民政府办公室')).toEqual({ code: '009001', name: '淮南市人民政府办公室' });
    expect(parseAgency('[009]淮南市人民政府办公室')).toEqual({ code: '009', name: '淮南市人民政府办公室' }); // 001
    expect(parseAgency('淮南市人民政府办公室')).toEqual({ code: null, name: '淮南市人民政府办公室' });
  });
  it('splits a bracketed code after a whole agency name off (a 部门名称及代码 cell), not a bracketed part of a name', () => {
    expect(parseAgency('湖州市教育局（401001）')).toEqual({ code: '401001', name: '湖州市教育局' });
    expect(parseAgency('湖州市教育局[318]')).toEqual({ code: '318', name: '湖州市教育局' });
    expect(parseAgency('湖州市教育局（本级）')).toEqual({ code: null, name: '湖州市教育局' });
    expect(parseAgency('第二中学(2)').code).toBeNull();
  });
  it('trims full-width spaces and joins names OCR split', () => {
    expect(parseAgency('\u3000    湘西自治州人民政府办公室').name).toBe('湘西自治州人民政府办公室'); // 004
    expect(parseAgency('上海市普陀区人民政府办 公室').name).toBe('上海市普陀区人民政府办公室');
  });
  it('keeps one space between agencies named one after the other, when a line break also split one of them', () => {
    expect(parseAgency('安徽省残疾人联合会 淮南市残疾人联合会').name).toBe('安徽省残疾人联合会 淮南市残疾人联合会');
    // c-09 as a Word or Excel cell with the name typed over two lines (or a PDF cell read as broken, not wrapped).
    expect(parseAgency('安徽省残疾人联合\n会 淮南市残疾人联合会').name).toBe('安徽省残疾人联合会 淮南市残疾人联合会');
    expect(parseAgency('安徽省残疾人联合会\n淮南市残疾人联合会').name).toBe('安徽省残疾人联合会 淮南市残疾人联合会');
    // One agency split by OCR or a break is still one name; a short office after its government is no second agency.
    expect(parseAgency('上海市普陀区人民政府\n办公室').name).toBe('上海市普陀区人民政府办公室');
    expect(parseAgency('上海市普陀区人民\n政府办 公室').name).toBe('上海市普陀区人民政府办公室');
  });
  it('resolves aliases to one canonical name', () => {
    expect(parseAgency('\u3000湘西自治州政府办').name).toBe('湘西自治州人民政府办公室'); // 004 驻深圳办事处 form
  });
});

describe('correctOcrAgency', () => {
  const known = ['上海市普陀区人民政府办公室'];
  it('maps a name one OCR misread away to the known name', () => {
    expect(correctOcrAgency('上海市普萨区人民政府办公室', known)).toBe('上海市普陀区人民政府办公室'); // 003
  });
  it('does not map names that are further apart or already known', () => {
    expect(correctOcrAgency('上海市静安区人民政府办公室', known)).toBeNull();
    expect(correctOcrAgency('上海市普陀区人民政府办公室', known)).toBeNull();
    expect(correctOcrAgency('州大数据中心', ['湘西自治州人民政府办公室'])).toBeNull();
  });
});

describe('correctOcrAgency on the OCR damage of 003', () => {
  const known = ['上海市普陀区人民政府办公室'];
  it('maps inserted and misread characters, up to one in six', () => {
    expect(correctOcrAgency('上海市普穿陀区人民政府力公室', known)).toBe(known[0]);
    expect(correctOcrAgency('立上海市普陀区人民政府守办公室', known)).toBe(known[0]);
    expect(correctOcrAgency('上海市普序陀区人民政府办公室', known)).toBe(known[0]);
  });
  it('maps a name OCR cut short', () => {
    expect(correctOcrAgency('上海市普幹陀区人民政府力', known)).toBe(known[0]);
    expect(correctOcrAgency('上海市普陀区人民政府办', known)).toBe(known[0]);
  });
  it('does not take a complete agency name for a cut-short one', () => {
    expect(correctOcrAgency('上海市普陀区人民政府', known)).toBeNull();
    expect(correctOcrAgency('淮南市人民政府', ['淮南市人民政府办公室'])).toBeNull();
    expect(correctOcrAgency('广水市档案馆', ['广水市档案馆办公室'])).toBeNull();
  });
  it('does not map another district or a short fragment', () => {
    expect(correctOcrAgency('上海市长宁区人民政府办公室', known)).toBeNull();
    expect(correctOcrAgency('上海市普陀', known)).toBeNull();
  });
});
