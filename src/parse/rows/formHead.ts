/**
 * The head of a self-evaluation form in row-per-line text: the 项目名称 row,
 * the 主管部门/实施单位 row, the funds block (header row with column roles and
 * the 年度资金总额 row) and the 年度总体目标 block.
 */
import type { Cell, FundsRow } from '../forms';
import { hasGap, joinPieces, valuesByLabel } from './labelledCells';
import { compact, decimals, hasCjk, isNumber, nameNoise } from './ocrText';
import {
  columnRoles,
  DEPARTMENT_LABELS,
  findLabel,
  findRowLabel,
  FUNDS_AMOUNT_ROLES,
  FUNDS_DETAIL_LABELS,
  FUNDS_ROLE_SYNONYMS,
  FUNDS_TOTAL_LABELS,
  type FundsRole,
  GOAL_ACTUAL_LABELS,
  GOAL_HEADER_LABELS,
  GOAL_LABEL_TOKENS,
  PROJECT_LABELS,
  rowHasLabel,
  UNIT_LABELS,
} from './rowLabels';
import type { TableRow } from './tableRow';

const cellOrNull = (text: string, line: number): Cell | null => (text === '' ? null : { text, line });

/** A row whose text starts with 项目名称: the first row of a form. */
export const isProjectRow = (row: TableRow): boolean => findRowLabel(row, PROJECT_LABELS)?.start === 0;

export const isDepartmentRow = (row: TableRow): boolean =>
  rowHasLabel(row, DEPARTMENT_LABELS) || rowHasLabel(row, UNIT_LABELS);

/**
 * The project name after the 项目名称 label. Null when OCR left no name; kept
 * as printed with the warning `project_name_fragment` when it shows OCR damage
 * (stray symbols, an empty cell between its parts, no Chinese text).
 * `leadingGap` counts the empty cells between the label and the name: a name
 * starting further right than the document's other names lost its beginning.
 */
export function readProject(row: TableRow): { project: Cell | null; warnings: string[]; leadingGap: number | null } {
  const label = valuesByLabel(row.cells, [PROJECT_LABELS])[0];
  const pieces = label?.pieces ?? [];
  const text = joinPieces(pieces);
  const first = pieces[0];
  const leadingGap =
    first === undefined || label === undefined ? null : first.col - label.labelEndCol - (first.whole ? 1 : 0);
  if (!hasCjk(text) && !/[A-Za-z0-9]/.test(text)) {
    return text === ''
      ? { project: null, warnings: ['project_name_missing'], leadingGap }
      : { project: { text, line: row.line }, warnings: ['project_name_fragment'], leadingGap };
  }
  const damaged = nameNoise(text) > 0 || hasGap(pieces);
  return { project: { text, line: row.line }, warnings: damaged ? ['project_name_fragment'] : [], leadingGap };
}

/** 主管部门 and 实施单位 from one row, labels and values split across cells in any way. */
export function readDepartment(row: TableRow): { department: Cell | null; implementingUnit: Cell | null } {
  const values = valuesByLabel(row.cells, [DEPARTMENT_LABELS, UNIT_LABELS]);
  const valueOf = (labels: readonly string[]): Cell | null =>
    cellOrNull(joinPieces(values.find((value) => value.labels === labels)?.pieces ?? []), row.line);
  return { department: valueOf(DEPARTMENT_LABELS), implementingUnit: valueOf(UNIT_LABELS) };
}

export type FundsColumns = Map<FundsRole, { first: number; last: number }>;

/** A funds header row: names a budget column and at least one more funds column. */
export function readFundsHeader(row: TableRow): FundsColumns | null {
  const roles = columnRoles(row.cells, FUNDS_ROLE_SYNONYMS);
  const hasAmount = FUNDS_AMOUNT_ROLES.some((role) => roles.has(role));
  return hasAmount && roles.size >= 2 ? roles : null;
}

export const isFundsTotalRow = (row: TableRow): boolean => rowHasLabel(row, FUNDS_TOTAL_LABELS);

/** Other rows of the funds block (其中 财政拨款, 上年结转, 其他资金): structure only. */
export const isFundsDetailRow = (row: TableRow): boolean =>
  rowHasLabel(row, FUNDS_DETAIL_LABELS) || row.cells.filter((cell) => isNumber(cell)).length >= 3;

const EMPTY_FUNDS: FundsRow = {
  budgetInitial: null,
  budgetFullYear: null,
  executed: null,
  weight: null,
  rate: null,
  score: null,
};

export const emptyFunds = (): FundsRow => ({ ...EMPTY_FUNDS });

/**
 * The 年度资金总额 row read by the header's column roles. A role spans its
 * column and the unlabelled columns to its right; its value is the first cell
 * there. An amount printed with fewer decimals than the row's other amounts and
 * continued by digits in the next cell of its span (`3,232.7|4`) was split by
 * OCR and is joined (warning `amount_split_joined`); other stray cells are noise.
 */
export function readFundsTotal(row: TableRow, columns: FundsColumns): { funds: FundsRow; warnings: string[] } {
  const funds = emptyFunds();
  const warnings: string[] = [];
  const amountDecimals = FUNDS_AMOUNT_ROLES.flatMap((role) => {
    const first = columns.get(role)?.first;
    const text = first === undefined ? '' : (row.cells[first] ?? '');
    return isNumber(text) ? [decimals(text)] : [];
  });
  const usualDecimals = Math.max(0, ...amountDecimals);
  for (const [role, span] of columns) {
    const spanCells = row.cells.slice(span.first, span.last + 1);
    const index = spanCells.findIndex((cell) => cell !== '');
    if (index < 0) continue;
    let text = spanCells[index]!;
    const next = spanCells[index + 1];
    if (
      FUNDS_AMOUNT_ROLES.includes(role) &&
      isNumber(text) &&
      text.includes('.') &&
      decimals(text) < usualDecimals &&
      next !== undefined &&
      /^\d+$/.test(next)
    ) {
      text += next;
      warnings.push('amount_split_joined');
    }
    funds[role] = { text, line: row.line };
  }
  return { funds, warnings };
}

/** The row above the goal text naming its columns: 预期目标 … 实际完成情况. */
export const isGoalHeaderRow = (row: TableRow): boolean => rowHasLabel(row, GOAL_HEADER_LABELS);

/** The column where the 实际完成情况 half of the goal block starts, if the goal header row shows it. */
export function goalActualColumn(row: TableRow): number | null {
  for (let col = 0; col < row.cells.length; col++) {
    const cell = compact(row.cells[col]!);
    if (cell === '') continue;
    const match = findLabel(cell, GOAL_ACTUAL_LABELS);
    if (match && !hasCjk(cell.slice(0, match.start))) {
      return col > 0 && /^实$/.test(compact(row.cells[col - 1]!)) ? col - 1 : col;
    }
    if (cell === '实' && findLabel(row.cells.slice(col + 1).join(''), GOAL_ACTUAL_LABELS)?.start === 0) return col;
  }
  return null;
}

/** Text of the goal block's label column after its label words (`目标 人员各项…` → `人员各项…`); else nothing. */
function labelColumnText(text: string): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  let labelTokens = 0;
  while (labelTokens < tokens.length && (GOAL_LABEL_TOKENS as readonly string[]).includes(tokens[labelTokens]!)) {
    labelTokens++;
  }
  return labelTokens > 0 ? tokens.slice(labelTokens).join(' ') : '';
}

/**
 * Where a goal row's 实际完成情况 text starts: OCR places the text a column or
 * two left of the header's 实际完成情况 label, so a run of text that starts
 * after an empty cell within two columns before the label starts the actual
 * half; otherwise the label's column.
 */
function actualStart(cells: readonly string[], actualColumn: number): number {
  for (let col = 2; col < cells.length; col++) {
    const startsRun = cells[col] !== '' && cells[col - 1] === '';
    if (startsRun && col >= actualColumn - 2) return col;
  }
  return actualColumn;
}

/**
 * 年度总体目标: the goal text rows split into expected and actual where the
 * actual half starts (when the goal header shows its column); a row's cells
 * join without a separator, rows with '\n'. Without a known column, all text
 * is the expected goal (warning `goal_columns_unclear`).
 */
export function readGoal(
  rows: readonly TableRow[],
  actualColumn: number | null,
): { goalExpected: Cell | null; goalActual: Cell | null; warnings: string[] } {
  const expected: { text: string; line: number }[] = [];
  const actual: { text: string; line: number }[] = [];
  for (const row of rows) {
    const split = actualColumn === null ? row.cells.length : actualStart(row.cells, actualColumn);
    const leftText = [labelColumnText(row.cells[0] ?? ''), ...row.cells.slice(1, split)].join('').trim();
    const rightText = row.cells.slice(split).join('').trim();
    if (leftText !== '') expected.push({ text: leftText, line: row.line });
    if (rightText !== '') actual.push({ text: rightText, line: row.line });
  }
  const toCell = (parts: { text: string; line: number }[]): Cell | null =>
    parts.length === 0 ? null : { text: parts.map((part) => part.text).join('\n'), line: parts[0]!.line };
  return {
    goalExpected: toCell(expected),
    goalActual: toCell(actual),
    warnings: actualColumn === null && rows.length > 0 ? ['goal_columns_unclear'] : [],
  };
}

