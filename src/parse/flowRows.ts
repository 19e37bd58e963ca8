import { HEADER_GROUPS, type LabelGroup, continuesHeader, labelGroup } from './labelGroups';
import { indicatorFlowRows } from './indicatorFlow';
import type { Row, RowCell } from './row';

/** Groups that always open a row of their own. */
const ROW_OPENERS: ReadonlySet<LabelGroup> = new Set(['title', 'year', 'project', 'fundsRow', 'total', 'grade', 'narrative', 'chrome', 'headField']);

interface Building {
  readonly cells: RowCell[];
  /** The group of the row's first label; 'data' when it starts with data. */
  readonly group: LabelGroup | 'data';
  /** Still a run of header labels (and blank corner cells) only. */
  labelsOnly: boolean;
}

const isHeaderGroup = (group: LabelGroup | 'data'): group is LabelGroup => group !== 'data' && HEADER_GROUPS.has(group);

/**
 * Cuts a flow of cells (a run of cells whose row breaks the text lost) into the rows a printed form
 * has, by the labels that open rows: a title, 项目名称, 主管部门, a funds row label, 总分, 评分等级…;
 * a run of header labels (年初预算数 全年预算数 …, 一级指标 二级指标 …) is one header row, and the
 * first cell after it that is no label starts the data. The data of an indicator table are cut
 * into indicator rows by `indicatorFlowRows`. `blanksVisible` says whether blank cells show in
 * the flow (a web page's `|` lines) or were lost with the row breaks (text flattened by spaces).
 */
export function flowRows(cells: readonly RowCell[], table: number | null, blanksVisible: boolean): Row[] {
  const rows: Row[] = [];
  let current: Building | null = null;
  let indicatorHeader: RowCell[] | null = null; // set while the cells are an indicator table's data
  let indicatorData: RowCell[] = [];

  const push = (rowCells: readonly RowCell[]): void => {
    if (rowCells.length > 0) rows.push({ cells: rowCells.map((cell, col) => ({ ...cell, col, span: 1 })), line: rowCells[0]?.line ?? 0, table, flow: true });
  };
  // Indicator rows come with the header's columns already given to their cells.
  const pushAligned = (rowCells: readonly RowCell[]): void => {
    if (rowCells.length > 0) rows.push({ cells: rowCells, line: rowCells[0]?.line ?? 0, table, flow: false });
  };
  const close = (): void => {
    if (current) push(current.cells);
    current = null;
  };
  const open = (cell: RowCell, group: LabelGroup | 'data'): void => {
    close();
    current = { cells: [cell], group, labelsOnly: group !== 'data' };
  };
  const endIndicatorData = (): void => {
    if (indicatorHeader) for (const rowCells of indicatorFlowRows(indicatorHeader, indicatorData, blanksVisible)) pushAligned(rowCells);
    indicatorHeader = null;
    indicatorData = [];
  };

  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    const group = labelGroup(cell.key);
    if (indicatorHeader) {
      if (group === null) {
        indicatorData.push(cell);
        continue;
      }
      endIndicatorData();
    }
    const building = current as Building | null;
    if (group === null) {
      if (building && isHeaderGroup(building.group) && building.labelsOnly) {
        if (cell.text === '' && nextLabelContinues(cells, index, building.group)) {
          building.cells.push(cell);
          continue;
        }
        if (building.group === 'indicatorHeader') {
          indicatorHeader = building.cells;
          close();
          indicatorData.push(cell);
          continue;
        }
        building.labelsOnly = false;
        open(cell, 'data');
      } else if (building) {
        building.cells.push(cell);
      } else if (cell.text !== '') {
        open(cell, 'data');
      }
      continue;
    }
    if (HEADER_GROUPS.has(group)) {
      if (building && isHeaderGroup(building.group) && building.labelsOnly && continuesHeader(building.group, cell.key, group)) building.cells.push(cell);
      else open(cell, group);
      continue;
    }
    if (group === 'headField' && building && (building.group === 'project' || building.group === 'headField')) {
      building.cells.push(cell);
      continue;
    }
    if (ROW_OPENERS.has(group) || !building) open(cell, group);
    else building.cells.push(cell);
  }
  if (indicatorHeader) endIndicatorData();
  close();
  return rows;
}

/** Whether the next non-blank cell after `index` continues a header run of `run`. */
function nextLabelContinues(cells: readonly RowCell[], index: number, run: LabelGroup): boolean {
  for (let next = index + 1; next < cells.length; next += 1) {
    const cell = cells[next]!;
    if (cell.text === '') continue;
    const group = labelGroup(cell.key);
    return group !== null && HEADER_GROUPS.has(group) && continuesHeader(run, cell.key, group);
  }
  return false;
}
