/**
 * 年度总体目标: the row naming its columns (预期目标 | 实际完成情况) and the rows of goal text below.
 * Read by the header's columns where the cells keep them; in OCR rows, whose text drifts across
 * columns, the actual half starts where a run of text starts near the 实际完成情况 label.
 */
import { compact, hasCjk } from '../cellText';
import type { Cell } from '../forms';
import { GOAL_BLOCK_LABELS, GOAL_COLUMN_ROLES, type GoalColumn, keyMatches, labelKey, roleOfKey } from '../labels';
import { type Row, filledCells } from '../row';
import { type DenseRow, denseRow } from './denseRow';
import { findAtStart, findLabel, GOAL_ACTUAL_LABELS, GOAL_HEADER_LABELS, GOAL_LABEL_TOKENS, rowHasLabel } from './rowLabels';

export interface GoalHeader {
  /** Columns of the two halves, when the header names them cell by cell. */
  readonly columns: Partial<Record<GoalColumn, number>> | null;
  /** The column where OCR printed the 实际完成情况 label (OCR rows), else null. */
  readonly actualColumn: number | null;
  /** Where a target table prints its mid-term goals before the year's (`中期目标（2025年—2027年）`): the column left out. */
  readonly midTermColumn?: number;
}

/** A goal column's caption that is no role of a self-evaluation's (`中期目标（2025年—2027年）`, `实施期目标`). */
const isOtherGoalCaption = (key: string): boolean => /^(?:中期|实施期|长期)目标/.test(key) && [...key].length <= 20;

/** A row naming the goal block's columns: 预期目标 … 实际完成情况, cell by cell or (OCR) in its text. */
export function readGoalHeader(row: Row): GoalHeader | null {
  const filled = filledCells(row);
  const columns: Partial<Record<GoalColumn, number>> = {};
  let labels = 0;
  for (const cell of filled) {
    const role = roleOfKey(cell.key, GOAL_COLUMN_ROLES);
    if (role !== null && columns[role] === undefined) columns[role] = cell.col;
    if (role !== null || keyMatches(cell.key, GOAL_BLOCK_LABELS)) labels += 1;
  }
  // Cell by cell: labels only, or both halves named (a numbered caption such as `1.项目年度目标完成情况` beside them).
  if ((Object.keys(columns).length > 0 && labels === filled.length) || (columns.expected !== undefined && columns.actual !== undefined)) return { columns, actualColumn: null };
  // A target table's `总体目标 | 中期目标（2025年—2027年） | 年度目标`: the year's goals under 年度目标, the mid-term ones before them.
  const midTerm = filled.find((cell) => isOtherGoalCaption(cell.key));
  if (midTerm && columns.expected !== undefined && columns.actual === undefined && midTerm.col < columns.expected && labels === filled.length - 1) {
    return { columns, actualColumn: null, midTermColumn: midTerm.col };
  }
  if (filled.length <= 6 && rowHasLabel(row, GOAL_HEADER_LABELS)) return { columns: null, actualColumn: goalActualColumn(denseRow(row)) };
  return null;
}

/** The column where the 实际完成情况 half of the goal block starts, if the goal header row shows it. */
function goalActualColumn(row: DenseRow): number | null {
  for (let col = 0; col < row.cells.length; col++) {
    const cell = compact(row.cells[col]!);
    if (cell === '') continue;
    const match = findLabel(cell, GOAL_ACTUAL_LABELS);
    if (match && !hasCjk(cell.slice(0, match.start))) return col > 0 && /^实$/.test(compact(row.cells[col - 1]!)) ? col - 1 : col;
    if (cell === '实' && findAtStart(labelKey(row.cells.slice(col + 1).join('')), GOAL_ACTUAL_LABELS) !== null) return col;
  }
  return null;
}

/** Text of the goal block's label column after its label words (`目标 人员各项…` → `人员各项…`); else nothing. */
function labelColumnText(text: string): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  let labelTokens = 0;
  while (labelTokens < tokens.length && (GOAL_LABEL_TOKENS as readonly string[]).includes(tokens[labelTokens]!)) labelTokens++;
  return labelTokens > 0 ? tokens.slice(labelTokens).join(' ') : '';
}

/**
 * Where an OCR goal row's 实际完成情况 text starts: OCR places the text a column or two left of the
 * header's label, so a run of text that starts after an empty cell within two columns before the
 * label starts the actual half; otherwise the label's column.
 */
function actualStart(cells: readonly string[], actualColumn: number): number {
  for (let col = 2; col < cells.length; col++) {
    const startsRun = cells[col] !== '' && cells[col - 1] === '';
    if (startsRun && col >= actualColumn - 2) return col;
  }
  return actualColumn;
}

type Part = { text: string; line: number };

const toCell = (parts: readonly Part[]): Cell | null => (parts.length === 0 ? null : { text: parts.map((part) => part.text).join('\n'), line: parts[0]!.line });

/**
 * The goal text rows split into expected and actual. With columns named cell by cell, each half is
 * its column's cell (a flow row: its cells in order); in OCR rows the halves split where the actual
 * half starts, a row's cells joined without a separator, rows with '\n'. Without a known column,
 * all text is the expected goal (warning `goal_columns_unclear`).
 */
export function readGoal(rows: readonly Row[], header: GoalHeader | null): { goalExpected: Cell | null; goalActual: Cell | null; warnings: string[] } {
  const expected: Part[] = [];
  const actual: Part[] = [];
  const columns = header?.columns ?? null;
  if (columns) {
    const midTerm = header?.midTermColumn;
    const roles = Object.entries(columns) as [GoalColumn | 'midTerm', number][];
    if (midTerm !== undefined) roles.push(['midTerm', midTerm]);
    const order = roles.sort((a, b) => a[1] - b[1]).map(([role]) => role);
    for (const row of rows) {
      const filled = row.cells.filter((cell) => cell.text !== '' && !keyMatches(cell.key, GOAL_BLOCK_LABELS));
      filled.forEach((cell, i) => {
        const atColumn = roles.find(([, col]) => col === cell.col)?.[0];
        const byPlace = midTerm !== undefined && cell.col < columns.expected! ? 'midTerm' : cell.col < (columns.actual ?? Infinity) ? 'expected' : 'actual';
        const role = row.flow ? order[Math.min(i, order.length - 1)] : (atColumn ?? byPlace);
        if (role === 'midTerm') return;
        (role === 'actual' ? actual : expected).push({ text: cell.text, line: cell.line });
      });
    }
    return { goalExpected: toCell(expected), goalActual: toCell(actual), warnings: [] };
  }
  const actualColumn = header?.actualColumn ?? null;
  for (const row of rows) {
    const dense = denseRow(row);
    const split = actualColumn === null ? dense.cells.length : actualStart(dense.cells, actualColumn);
    const leftText = [labelColumnText(dense.cells[0] ?? ''), ...dense.cells.slice(1, split)].join('').trim();
    const rightText = dense.cells.slice(split).join('').trim();
    if (leftText !== '') expected.push({ text: leftText, line: row.line });
    if (rightText !== '') actual.push({ text: rightText, line: row.line });
  }
  return { goalExpected: toCell(expected), goalActual: toCell(actual), warnings: actualColumn === null && rows.length > 0 ? ['goal_columns_unclear'] : [] };
}
