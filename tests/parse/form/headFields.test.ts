import { describe, expect, it } from 'vitest';
import { readHeadRow } from '../../../src/parse/form/headFields';
import { tabRow } from '../support/rows';

describe('headFields', () => {
  it('takes no funds column label\'s opening for a name (d-14: `部门名称 | 年初`, the header broken over lines)', () => {
    expect(readHeadRow(tabRow(1, '部门名称\t年初\t'))?.fields.department).toBeUndefined();
    expect(readHeadRow(tabRow(1, '部门名称\t年初镇人民政府\t'))?.fields.department?.text).toBe('年初镇人民政府');
  });

  it('reads the project name, null when OCR left none (003 lines 1, 38)', () => {
    expect(readHeadRow(tabRow(38, '项目名称\t\t\t\t\t\t\t\t\t'))?.fields.project).toBeUndefined();
    const first = readHeadRow(tabRow(1, '项目\t名称\t\t\t政务服务线」\t上办理宣传推广\t·项目\t\t\t'))!;
    expect(first.fields.project).toEqual({ text: '政务服务线」上办理宣传推广·项目', line: 1 });
    expect(first.projectGap).toBe(2);
    expect(first.warnings).toEqual(['project_name_fragment']);
  });

  it('reads labels and values split across cells (003 line 19), dropping the label remnant `位`', () => {
    const read = readHeadRow(tabRow(19, '主管\t部门\t上海市普\t萨区人民政府办\t公室\t实施单\t位\t上海市\t普陀区人民政府\t守办公室\t'))!;
    expect([read.fields.department?.text, read.fields.implementingUnit?.text]).toEqual(['上海市普萨区人民政府办公室', '上海市普陀区人民政府守办公室']);
    const line155 = readHeadRow(tabRow(155, '主管\t部门\t上海市普\t穿陀区人民政府力\t公室\t实施单位\t位\t上海市\t普陀区人民政府\t可办公室'))!;
    expect(line155.fields.implementingUnit?.text).toBe('上海市普陀区人民政府可办公室');
  });

  it('reads an agency printed after a contact\'s label that stands between the agency\'s label and it (d-15, u-03)', () => {
    // A 部门整体支出绩效目标申报表 from a PDF: `部门（单位） 名称 | 填报人 | <agency> [<person>]`.
    expect(readHeadRow(tabRow(2, '部门(单位) 名称\t填报人\t宜城市档案馆 李文\t联系电话\t'))?.fields.department?.text).toBe('宜城市档案馆');
    expect(readHeadRow(tabRow(2, '部门(单位) 名称\t填报人\t宜城市卫生健康局\t联系电话\t0710'))?.fields.department?.text).toBe('宜城市卫生健康局');
    // In traditional characters, the name as printed.
    expect(readHeadRow(tabRow(2, '部門(單位) 名稱\t填報人\t宜城市檔案館 李文\t'))?.fields.department?.text).toBe('宜城市檔案館');
    // After the contact's label a person's name alone is no agency.
    expect(readHeadRow(tabRow(2, '部门(单位) 名称\t填报人\t李文\t'))?.fields.department).toBeUndefined();
  });

  it('reads label → value pairs cell by cell in a clean row', () => {
    const read = readHeadRow(tabRow(5, '主管部门\t009-淮南市人民政府办公室\t实施单位\t009001-淮南市人民政府办公室'))!;
    expect(read.fromText).toBe(false);
    expect(read.fields.department).toEqual({ text: '009-淮南市人民政府办公室', line: 5 });
    expect(read.fields.implementingUnit?.text).toBe('009001-淮南市人民政府办公室');
  });

  it('reads 单位名称 as the unit that fills the form in (its department only where no 主管部门 is printed), in cells and in text', () => {
    expect(readHeadRow(tabRow(3, '单位名称\t某市中心医院\t填报日期\t2022年3月18日'))?.fields.budgetUnit?.text).toBe('某市中心医院');
    const ran = readHeadRow(tabRow(4, '单位名称 某市某分局 联系人及电话 张某'))!;
    expect([ran.fields.department, ran.fields.budgetUnit?.text]).toEqual([undefined, '某市某分局']);
  });

  it('reads a project\'s dates given as two labels as both its ends (Shanghai: 开始时间 … 结束时间 …)', () => {
    const read = readHeadRow(tabRow(7, '开始时间\t2019/1/1\t结束时间\t2019/12/31'))!;
    expect(read.fields.projectDates).toEqual({ text: '2019/1/1至2019/12/31', line: 7 });
  });

  it('reads 承担处室 as a label of its own, not part of the department before it (t-01: `主管部门及代码 | [118]… | 承担处室 | …`)', () => {
    const read = readHeadRow(tabRow(2, '主管部门及代码\t[118]河北省机关事务管理局\t承担处室\t公务用车管理处'))!;
    expect(read.fields.department?.text).toBe('[118]河北省机关事务管理局');
  });
});
