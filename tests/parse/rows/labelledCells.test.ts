import { describe, expect, it } from 'vitest';
import { hasGap, joinPieces, valuesByLabel } from '../../../src/parse/rows/labelledCells';
import { DEPARTMENT_LABELS, UNIT_LABELS } from '../../../src/parse/rows/rowLabels';

const LABELS = [DEPARTMENT_LABELS, UNIT_LABELS];
const values = (cells: string[]) =>
  valuesByLabel(cells, LABELS).map((value) => [value.labels === DEPARTMENT_LABELS ? '主管部门' : '实施单位', joinPieces(value.pieces)]);

describe('valuesByLabel', () => {
  it('reads labels and values split across cells (003 line 19), dropping the label remnant `位`', () => {
    const cells = ['主管', '部门', '上海市普', '萨区人民政府办', '公室', '实施单', '位', '上海市', '普陀区人民政府', '守办公室', ''];
    expect(values(cells)).toEqual([
      ['主管部门', '上海市普萨区人民政府办公室'],
      ['实施单位', '上海市普陀区人民政府守办公室'],
    ]);
    const cells155 = ['主管', '部门', '上海市普', '穿陀区人民政府力', '公室', '实施单位', '位', '上海市', '普陀区人民政府', '可办公室'];
    expect(values(cells155)[1]).toEqual(['实施单位', '上海市普陀区人民政府可办公室']);
  });

  it('cuts a cell shared by value and label (003 line 2)', () => {
    const cells = ['主管', '部门', '上海市普陀区人民政府办公室 实施单位 上海市普陀区人民政府办', '', ''];
    expect(values(cells)).toEqual([
      ['主管部门', '上海市普陀区人民政府办公室'],
      ['实施单位', '上海市普陀区人民政府办'],
    ]);
  });

  it('tells where the label ends and whether the value has gaps (003 line 133: `政务公开吗||.费`)', () => {
    const [project] = valuesByLabel(['项目', ' 名称', '', '', '政务公开吗', '', '.费'].map((c) => c.trim()), [['项目名称']]);
    expect(project?.labelEndCol).toBe(1);
    expect(joinPieces(project!.pieces)).toBe('政务公开吗.费');
    expect(hasGap(project!.pieces)).toBe(true);
  });
});
