import { HEADER_GROUPS, type LabelGroup, continuesHeader, labelGroup } from './labelGroups';
import { FUNDS_COLUMN_ROLES, GOAL_BLOCK_LABELS, INDICATOR_COLUMN_ROLES, LIST_COLUMN_ROLES, TOTAL_LABELS, keyMatches, roleOfKey } from './labels';
import { indicatorFlowRows } from './indicatorFlow';
import { figureAfterTotalLabel } from './form/totalRow';
import { isPageMarkCell } from './pageMarks';
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
  let lastHeader: RowCell[] | null = null; // the last indicator header of the flow
  let indicatorData: RowCell[] = [];
  /** The 序号 the next entry of a list opens with, while the cells are a list's data (`1 | 项目 | 2 | 项目…`). */
  let nextSeq: number | null = null;

  const push = (rowCells: readonly RowCell[]): void => {
    if (rowCells.length > 0) rows.push({ cells: rowCells.map((cell, col) => ({ ...cell, col, span: 1 })), line: rowCells[0]?.line ?? 0, table, flow: true });
  };
  // Indicator rows come with the header's columns already given to their cells.
  const pushAligned = (rowCells: readonly RowCell[]): void => {
    if (rowCells.length > 0) rows.push({ cells: rowCells, line: rowCells[0]?.line ?? 0, table, flow: true });
  };
  const close = (): void => {
    if (current) push(current.cells);
    current = null;
  };
  const open = (cell: RowCell, group: LabelGroup | 'data'): void => {
    close();
    current = { cells: [cell], group, labelsOnly: group !== 'data' };
  };
  // The cells after an indicator header are its data; a header printed again over the table's part on the next page (without
  // the block's label 绩效指标 the first one had) gives them the first header's columns, as the rows before the break had.
  const openIndicatorData = (header: Building): void => {
    indicatorHeader = lastHeader !== null && sameRoles(lastHeader, header.cells) ? lastHeader : header.cells;
    lastHeader = indicatorHeader;
    close();
  };
  const endIndicatorData = (): void => {
    if (indicatorHeader) for (const rowCells of indicatorFlowRows(indicatorHeader, indicatorData, blanksVisible)) pushAligned(rowCells);
    indicatorHeader = null;
    indicatorData = [];
  };

  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    if (NOTE.test(cell.key)) {
      // `注：指标值须可量化。` under the table: a row of its own, no cell of the indicators' or the total's row.
      endIndicatorData();
      open(cell, 'data');
      continue;
    }
    if (indicatorHeader !== null && isPageMarkCell(cell)) {
      // `— 1 —`, `续表` between an indicator table's parts: a row of its own (structure), the table's rows go on after it.
      endIndicatorData();
      close();
      push([cell]);
      continue;
    }
    // A total stated with its figure in one cell (`自评得分：97.34分`) opens the total's row, as its label alone does; so does
    // 自评得分 after an indicator table's cells (elsewhere it may head a column of scores).
    const group =
      (indicatorHeader !== null && keyMatches(cell.key, TOTAL_LABELS)) || figureAfterTotalLabel(cell.key) !== null ? 'total' : labelGroup(cell.key);
    const building = current as Building | null;
    // 预算执行率 among an indicator table's rows (`预算执行率 | 10 | 9.34`) names an indicator that scores the rate: data.
    if (group !== null && (indicatorHeader !== null || building?.group === 'indicatorHeader') && keyMatches(cell.key, FUNDS_COLUMN_ROLES.rate)) {
      if (indicatorHeader === null) openIndicatorData(building!);
      indicatorData.push(cell);
      continue;
    }
    if (indicatorHeader) {
      if (group === null) {
        indicatorData.push(cell);
        continue;
      }
      endIndicatorData();
    }
    if (building?.group === 'listHeader' && building.labelsOnly && roleOfKey(cell.key, LIST_COLUMN_ROLES) !== null) {
      // A list's header runs on over all its columns (`序号 | 乡镇名称 | 项目名称 | 金额 | 备注`), whatever else they label.
      building.cells.push(cell);
      continue;
    }
    if (group === null) {
      if (building && isHeaderGroup(building.group) && building.labelsOnly) {
        // A blank corner cell, or OCR specks between two labels (`调整预算将,A、`), stays inside the header.
        if ((cell.text === '' || SPECKS.test(cell.text)) && nextLabelContinues(cells, index, building.group)) {
          building.cells.push(cell);
          continue;
        }
        if (building.group === 'indicatorHeader') {
          openIndicatorData(building);
          indicatorData.push(cell);
          continue;
        }
        // One funds column label and its figure (`计划投资额 | (万元) | 420`): a label → value pair, not a header.
        if (building.group === 'fundsHeader' && isFundsPair(building.cells, cell)) {
          building.cells.push(cell);
          if (FIGURE.test(cell.plain)) building.labelsOnly = false;
          continue;
        }
        // The goal block's label alone (`年度总体目标`, a target table's), then its text: the label's value, on its row.
        if (building.group === 'goalHeader' && building.cells.every((each) => each.text === '' || keyMatches(each.key, GOAL_BLOCK_LABELS))) {
          building.cells.push(cell);
          building.labelsOnly = false;
          continue;
        }
        building.labelsOnly = false;
        if (building.group === 'listHeader') nextSeq = 1;
        if (nextSeq !== null && cell.text === String(nextSeq)) nextSeq += 1;
        open(cell, 'data');
      } else if (nextSeq !== null && cell.text === String(nextSeq)) {
        // The next entry of a list: its 序号 opens its row.
        nextSeq += 1;
        open(cell, 'data');
      } else if (building) {
        building.cells.push(cell);
      } else if (cell.text !== '') {
        open(cell, 'data');
      }
      continue;
    }
    nextSeq = null;
    const inHeaderRun = building !== null && isHeaderGroup(building.group) && building.labelsOnly && continuesHeader(building.group, cell.key, group);
    if (HEADER_GROUPS.has(group) || inHeaderRun) {
      // A list's header runs on over 项目名称 (`序号 | 项目名称 | 备注`), which elsewhere opens a form's row.
      if (inHeaderRun) building!.cells.push(cell);
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
  return withFiguresAcross(rows);
}

/**
 * Funds rows' labels laid out across, their figures under them in the same order (`年度资金总额 | 财政拨款 | 其他资金` over
 * `520.00 | 480.00 | 40.00`): a flow gives each label a row and hands every figure to the last. Each label gets its figure.
 */
function withFiguresAcross(rows: Row[]): Row[] {
  for (let last = 1; last < rows.length; last++) {
    const cells = rows[last]!.cells;
    const figures = cells.slice(1);
    if (figures.length < 2 || !isFundsLabel(cells[0]!) || !figures.every((cell) => FIGURE.test(cell.plain))) continue;
    const first = last - figures.length + 1;
    const labelRows = rows.slice(first, last);
    if (first < 0 || !labelRows.every((row) => row.cells.length === 1 && isFundsLabel(row.cells[0]!))) continue;
    [...labelRows, rows[last]!].forEach((row, i) => {
      rows[first + i] = { ...row, cells: [row.cells[0]!, { ...figures[i]!, col: 1 }] };
    });
  }
  return rows;
}

const isFundsLabel = (cell: RowCell): boolean => labelGroup(cell.key) === 'fundsRow';

/** Whether two indicator headers name the same columns in the same order (whatever block label or blank cells they add). */
function sameRoles(a: readonly RowCell[], b: readonly RowCell[]): boolean {
  const roles = (header: readonly RowCell[]) => header.map((cell) => roleOfKey(cell.key, INDICATOR_COLUMN_ROLES)).filter((role) => role !== null);
  const [first, second] = [roles(a), roles(b)];
  return first.length === second.length && first.every((role, i) => role === second[i]);
}

const FIGURE = /^[\d,.]+(?:%|万元|万|元)?$/;
/** A note printed under a table (`注：…`, `说明：…`, `注1：…`), in the label key. */
const NOTE = /^(?:注|说明)\d*:/u;
/** OCR specks, or a column's circled number and formula on a cell of its own (`③=①+②`). */
const SPECKS = /^(?:[^\u4e00-\u9fff\d]{1,3}|[①-⑳][=①-⑳+\-−/×*]*)$/u;
const UNIT = /^\(?(?:万元|元)\)?$/;

/** A funds header run that is one column label, then its unit or its figure. */
function isFundsPair(run: readonly RowCell[], cell: RowCell): boolean {
  const labels = run.filter((each) => each.text !== '' && !UNIT.test(each.key));
  return labels.length === 1 && roleOfKey(labels[0]!.key, FUNDS_COLUMN_ROLES) !== null && (FIGURE.test(cell.plain) || UNIT.test(cell.key));
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
