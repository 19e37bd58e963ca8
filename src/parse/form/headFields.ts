/**
 * The head of a form: 项目名称, 主管部门, 实施单位 and the other label → value pairs, wherever the
 * template puts them (one pair a row, two pairs a row, a whole head on one line). Labels are read
 * cell by cell; where OCR split a label over cells (`主管|部门`) or ran label and value together
 * (`主管部门 上海市… 实施单位 …`), in the row's text.
 */
import { AGENCY_ENDING } from '../../normalize/department';
import { amountUnitOf, hasCjk, nameNoise } from '../cellText';
import type { Cell } from '../forms';
import { labelGroup } from '../labelGroups';
import { AGENCY_FIELDS, FUNDS_COLUMN_ROLES, HEADER_FIELD_LABELS, type HeaderField, labelKey, NAME_FIELDS, roleOfKey } from '../labels';
import type { Row, RowCell } from '../row';
import { hasGap, joinPieces, piecesCell, valuesByLabel } from './labelledCells';
import { BUDGET_UNIT_LABELS, DEPARTMENT_LABELS, PROJECT_LABELS, UNIT_LABELS, findAtStart, rowKey } from './rowLabels';

export interface HeadRow {
  readonly fields: Partial<Record<HeaderField, Cell>>;
  /** Read from the row's text rather than its cells (OCR): the project name is checked for damage. */
  readonly fromText: boolean;
  /** Empty cells between the 项目名称 label and the name (null without a name): a name further right than usual lost its start. */
  readonly projectGap: number | null;
  /** The project is given under 二级项目名称 (Gansu: a 一级 programme's 项目名称 comes first): it is the form's project. */
  readonly secondLevelProject: boolean;
  readonly warnings: string[];
}

const SECOND_LEVEL_PROJECT = '二级项目名称';

/** Labels of the person to contact, which follow a name on a line read from its text. */
const CONTACT_LABELS: readonly string[] = [...new Set(HEADER_FIELD_LABELS.responsible.map(labelKey))].sort((a, b) => b.length - a.length);

/**
 * The openings of the funds columns' labels (`年初` of 年初预算数, `全年预算` of 全年预算数): a funds header broken over lines
 * leaves them as cells of their own, and after a head label with no value of its own such a cell is no name.
 */
const FUNDS_LABEL_OPENINGS: ReadonlySet<string> = new Set(
  Object.values(FUNDS_COLUMN_ROLES)
    .flat()
    .map(labelKey)
    .flatMap((key) => [2, 3, 4].filter((length) => length < key.length).map((length) => key.slice(0, length))),
);

/** A broken label's stray piece after a head label: a lone character (`专项名称 | 金`), a funds column label's opening (`年初`). */
export const isLabelPiece = (field: HeaderField, text: string): boolean =>
  NAME_FIELDS.has(field) && ([...text.trim()].length <= 1 || FUNDS_LABEL_OPENINGS.has(labelKey(text)));

/** An agency's name opening a cell (`广水市档案馆 周文斌`): a name ending as agencies do, then the cell's end or a space. */
const AGENCY_OPENING = new RegExp(`^([\\u4e00-\\u9fff()（）]{2,30}?${AGENCY_ENDING})(?:\\s|$)`, 'u');

/**
 * The agency in the cell after a contact's label (填报人, 联系人) that stands at `index` right after an agency's label with no
 * value of its own: null unless that cell opens with an agency's name.
 */
function agencyAfterContactLabel(cells: readonly RowCell[], index: number): Cell | null {
  const label = cells[index];
  const value = cells[index + 1];
  if (!label || !value || roleOfKey(label.key, HEADER_FIELD_LABELS) !== 'responsible') return null;
  // Matched in simplified characters (`廣水市檔案館`), the name taken as printed (the plain text is as long as the printed).
  const agency = AGENCY_OPENING.exec(value.plain.trim());
  return agency ? { text: value.text.trim().slice(0, agency[1]!.length), line: value.line } : null;
}

/** Label → value pairs read cell by cell: a label cell, then the cells up to the next label (none: a blank value). */
function cellPairs(row: Row): { fields: Partial<Record<HeaderField, Cell>>; labels: Set<HeaderField> } | null {
  const fields: Partial<Record<HeaderField, Cell>> = {};
  const labels = new Set<HeaderField>();
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const field = roleOfKey(cells[i]!.key, HEADER_FIELD_LABELS);
    if (field === null) continue;
    labels.add(field);
    const values: { text: string; line: number }[] = [];
    let j = i + 1;
    // The rest of a longer label of the field broken over the next cell (`主管部门 | 及编码`): part of the label.
    if (j < cells.length && cells[j]!.key !== '' && roleOfKey(cells[i]!.key + cells[j]!.key, HEADER_FIELD_LABELS) === field) j++;
    // `项目名称 | 2020年…专项补助经费支出绩效自评表`: a project named by its form's title (a Word or Excel table cell; a text's
    // flow gives it as a cell of its own) is the value, not a title heading the row.
    const titleValue = field === 'project' && j < cells.length && labelGroup(cells[j]!.key) === 'title' ? j : -1;
    // `主管部门(盖章): | 单位:万元`: a statement of the amounts' unit is no value.
    for (; j < cells.length && (j === titleValue || labelGroup(cells[j]!.key) === null); j++) if (cells[j]!.text !== '' && amountUnitOf(cells[j]!.key) === null) values.push(cells[j]!);
    // `部门（单位） 名称 | 填报人 | 广水市档案馆 周文斌`: the contact's label printed between an agency's label and its value
    // (a PDF's reading order), the agency's name first in the cell after it: the agency is the value.
    if (values.length === 0 && AGENCY_FIELDS.has(field)) {
      const agency = agencyAfterContactLabel(cells, j);
      if (agency && !fields[field]) fields[field] = agency;
    }
    i = j - 1;
    const first = values[0];
    const text = values.map((value) => value.text).join('');
    // A lone character after a label (`专项名称 | 金`), or the opening of a funds column's label (`部门名称 | 年初`), is a broken
    // label's stray piece, not a name.
    if (first && !fields[field] && !isLabelPiece(field, text)) fields[field] = { text, line: first.line };
    // The project's dates as two labels (`开始时间 | 2019/1/1 | 结束时间 | 2019/12/31`): both ends are its dates.
    else if (first && field === 'projectDates' && fields.projectDates) fields.projectDates = { text: `${fields.projectDates.text}至${text}`, line: fields.projectDates.line };
  }
  return labels.size > 0 ? { fields, labels } : null;
}

/**
 * The project name after the 项目名称 label in a row read from its text. Null when OCR left no
 * name; kept as printed with the warning `project_name_fragment` when it shows OCR damage (stray
 * symbols, an empty cell between its parts, no Chinese text).
 */
function textProject(row: Row): { project: Cell | null; warnings: string[]; gap: number | null } {
  const label = valuesByLabel(row, [PROJECT_LABELS])[0];
  const pieces = label?.pieces ?? [];
  const text = joinPieces(pieces);
  const first = pieces[0];
  const gap = first === undefined || label === undefined ? null : first.index - label.labelEnd - (first.whole ? 1 : 0);
  const project = piecesCell(pieces);
  if (!hasCjk(text) && !/[A-Za-z0-9]/.test(text)) return text === '' ? { project: null, warnings: ['project_name_missing'], gap } : { project, warnings: ['project_name_fragment'], gap };
  const damaged = nameNoise(text) > 0 || hasGap(pieces);
  return { project, warnings: damaged ? ['project_name_fragment'] : [], gap };
}

/** The field a list of labels found in a row's text stands for. */
const fieldOfLabels = (labels: readonly string[]): HeaderField =>
  labels === PROJECT_LABELS ? 'project' : labels === DEPARTMENT_LABELS ? 'department' : labels === BUDGET_UNIT_LABELS ? 'budgetUnit' : 'implementingUnit';

/** The head fields a row gives, or null when it names none. */
export function readHeadRow(row: Row): HeadRow | null {
  const byCells = cellPairs(row);
  // A contact's label after a name (`单位名称 遂宁市…分局 联系人及电话 田…`) ends the name: it is found, not read.
  const values = valuesByLabel(row, [PROJECT_LABELS, DEPARTMENT_LABELS, UNIT_LABELS, BUDGET_UNIT_LABELS, CONTACT_LABELS]).filter((value) => value.labels !== CONTACT_LABELS);
  const missing = values.filter((value) => {
    const field = fieldOfLabels(value.labels);
    if (byCells?.labels.has(field)) return false;
    // Found inside a cell that is another field's label (`中央主管部门` holds 主管部门): the cells read it as that label.
    const cell = row.cells[value.labelEnd];
    return !(byCells && cell && roleOfKey(cell.key, HEADER_FIELD_LABELS) !== null);
  });
  if (byCells && missing.length === 0) {
    const noName = byCells.labels.has('project') && !byCells.fields.project;
    const secondLevelProject = isSecondLevelProjectRow(row);
    return { fields: byCells.fields, fromText: false, projectGap: null, secondLevelProject, warnings: noName ? ['project_name_missing'] : [] };
  }
  if (!byCells && values.length === 0) return null;
  // Labels OCR split over cells or ran into their values: the row is read from its text.
  const fields: Partial<Record<HeaderField, Cell>> = {};
  const warnings: string[] = [];
  let projectGap: number | null = null;
  for (const value of values) {
    if (value.labels === PROJECT_LABELS) {
      const read = textProject(row);
      if (read.project) fields.project = read.project;
      warnings.push(...read.warnings);
      projectGap = read.gap;
    } else {
      // A cell that is a label of its own (`单位名称：黄石市… | 填报日期： | 2024-03-18`) ends the value found in the text.
      const stop = value.pieces.findIndex((piece) => piece.whole && piece.index > value.labelEnd && roleOfKey(piece.cell.key, HEADER_FIELD_LABELS) !== null);
      const cell = piecesCell(stop < 0 ? value.pieces : value.pieces.slice(0, stop));
      const field = fieldOfLabels(value.labels);
      if (cell) fields[field] = cell;
    }
  }
  return { fields, fromText: true, projectGap, secondLevelProject: false, warnings };
}

/** A row that gives the project under 二级项目名称. */
export const isSecondLevelProjectRow = (row: Row): boolean => row.cells.some((cell) => cell.key === SECOND_LEVEL_PROJECT);

/**
 * The end of a project's name wrapped onto a line of its own (a web page's or a PDF's cell broken at its width, the
 * table's `|` lost on that line): `项目名称 | 农村饮水安全工程` then `维修养护项目`, the table going on after it. A lone
 * short paragraph of CJK text that is no label, right under a table's 项目名称 row that holds its name and over
 * another row of the table.
 */
export function isProjectNameTail(rows: readonly Row[], index: number): boolean {
  const row = rows[index];
  const before = rows[index - 1];
  const after = rows[index + 1];
  if (!row || !before || !after || row.table !== null || row.flow || before.table === null || after.table === null) return false;
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (filled.length !== 1 || filled[0]!.key.length > MAX_NAME_TAIL || !hasCjk(filled[0]!.text) || labelGroup(filled[0]!.key) !== null) return false;
  const named = before.cells.filter((cell) => cell.text !== '');
  return isProjectRow(before) && named.length === 2 && roleOfKey(named[0]!.key, HEADER_FIELD_LABELS) === 'project';
}

/** The longest wrapped end of a name taken as one (a longer line is a paragraph of its own). */
const MAX_NAME_TAIL = 20;

/** Whether a row starts with the 项目名称 label (as its first cell, or OCR'd at the start of its text). */
export function isProjectRow(row: Row): boolean {
  const first = row.cells.find((cell) => cell.text !== '');
  if (!first) return false;
  if (roleOfKey(first.key, HEADER_FIELD_LABELS) === 'project') return true;
  return findAtStart(rowKey(row), PROJECT_LABELS) !== null;
}
