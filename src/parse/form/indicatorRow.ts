/**
 * One row of an indicator table with weight and score cells: where they are
 * (at the header's columns, or the rightmost pair of numbers when OCR
 * shifted the row), its name, values and note read by the column roles, and
 * how damaged its OCR text looks — before it is known whether it is an
 * indicator, the 总分 row or a garbled copy of a row.
 */
import type { Cell } from '../forms';
import {
  hasCjk,
  isMostlyNoise,
  isOperator,
  isWellFormedValue,
  nameNoise,
  numberCell,
  startsWithOperatorValue,
} from '../cellText';
import type { IndicatorColumns, IndicatorRole } from './rowLabels';
import type { DenseRow } from './denseRow';

export interface ScorePosition {
  readonly weightIndex: number;
  readonly scoreIndex: number;
  /** Offset of this row's cells from the header's columns. */
  readonly shift: number;
}

/**
 * Where a row's weight and score are: at the header's columns when both hold
 * numbers, else the rightmost two adjacent number cells (OCR merged or split
 * cells to their left). Null when the row has no such cells: not an indicator.
 */
export function locateScores(cells: readonly string[], columns: IndicatorColumns): ScorePosition | null {
  const weight = columns.get('weight')?.first;
  const score = columns.get('score')?.first;
  if (weight !== undefined && score !== undefined && isNumeric(cells, weight) && isNumeric(cells, score)) {
    return { weightIndex: weight, scoreIndex: score, shift: 0 };
  }
  // A header with 分值 and no 得分 (a target table's, Zhejiang's 分值 | 赋分原则 | … | 年度指标值 | 历史指标值): a row with its figure under
  // 分值 sits under the header, and two figures side by side elsewhere are other columns' (targets, past values), no scores.
  if (weight !== undefined && score === undefined && isNumeric(cells, weight) && !isNumeric(cells, weight + 1)) return null;
  if (weight === undefined || score === undefined || score === weight + 1) {
    for (let i = cells.length - 2; i >= 0; i--) {
      if (isNumeric(cells, i) && isNumeric(cells, i + 1)) return { weightIndex: i, scoreIndex: i + 1, shift: weight === undefined ? 0 : i - weight };
    }
    return null;
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    if (!isNumeric(cells, i)) continue;
    const shift = i - score;
    return isNumeric(cells, weight + shift) ? { weightIndex: weight + shift, scoreIndex: i, shift } : null;
  }
  return null;
}

const isNumeric = (cells: readonly string[], index: number): boolean => numberCell(cells[index] ?? '') !== null;

/** A row read by the header's columns, before it is known whether it is an indicator, the 总分 row or a garbled copy of a row. */
export interface ScoredCandidate {
  readonly row: DenseRow;
  readonly position: ScorePosition;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly note: string;
  /** The line each text starts on (its first cell's). */
  readonly lines: { readonly name: number; readonly target: number; readonly actual: number; readonly note: number };
  /** Null in a row without scores (a target table, a score left blank). */
  readonly weight: Cell | null;
  readonly score: Cell | null;
  readonly warnings: string[];
  /** How damaged the OCR text looks: a lost name, a noisy name, odd values, doubled numbers. */
  readonly damage: number;
  twin: boolean;
}

const joinSpan = (cells: readonly string[], first: number, last: number): string => cells.slice(Math.max(0, first), Math.max(0, last + 1)).join('');

/** The line of the first non-blank cell among columns first..last (the row's line when none). */
function spanLine(row: DenseRow, first: number, last: number): number {
  for (let col = Math.max(0, first); col <= last && col < row.cells.length; col++) if (row.cells[col] !== '') return row.at[col]?.line ?? row.line;
  return row.line;
}

/** The position of a row read at the header's own columns (no shift): where a row without a score pair has its cells. */
export function headerPosition(columns: IndicatorColumns, width: number): ScorePosition {
  const weightIndex = columns.get('weight')?.first ?? columns.get('score')?.first ?? Math.max(width, 1000);
  const scoreIndex = columns.get('score')?.first ?? weightIndex;
  return { weightIndex, scoreIndex, shift: 0 };
}

/**
 * Reads a row's cells by the header's column roles, shifted as far as its weight and score are
 * from the header's; a target printed into the name's cell is split off; Sichuan's 指标性质/度量单位
 * join the target and actual.
 */
export function readCandidate(row: DenseRow, columns: IndicatorColumns, position: ScorePosition): ScoredCandidate {
  const { cells } = row;
  const { shift } = position;
  const warnings: string[] = [];
  const levelEnd = Math.max(columns.get('level1')?.first ?? 0, columns.get('level2')?.first ?? 1);
  const nameFirst = columns.get('name')?.first ?? levelEnd + 1;
  let valueFirst = position.weightIndex;
  for (const role of VALUE_ROLES) {
    const first = columns.get(role)?.first;
    if (first !== undefined) valueFirst = Math.min(valueFirst, first + shift);
  }
  // The name's own column ends it where the header labels a column after it that is read as nothing (ASIDE_INDICATOR_LABELS).
  const nameLast = shift === 0 ? columns.get('name')?.last : undefined;
  const nameEnd = Math.max(nameFirst, Math.min(valueFirst, nameLast === undefined ? valueFirst : nameLast + 1));
  const nameCells = cells.slice(nameFirst, nameEnd).filter((cell) => cell !== '');
  const targetSpan = valueSpan(columns, 'target', position, levelEnd);
  let target = spanText(cells, targetSpan);
  let targetLine = spanLineOf(row, targetSpan);
  // A target printed into the name's cell (`相关群众满意度 ≥90.00(9`) is split off it.
  const lastName = nameCells[nameCells.length - 1];
  if (target === '' && lastName !== undefined) {
    const tokens = lastName.split(/\s+/);
    const tail = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && startsWithOperatorValue(tail)) {
      nameCells[nameCells.length - 1] = tokens.slice(0, -1).join(' ');
      target = tail;
      targetLine = spanLine(row, nameFirst, nameEnd - 1);
      warnings.push('target_split_from_name');
    }
  }
  // The comparison (≥, 大于等于) is in 指标性质, or in 指标方向 where a template prints the two the other way round.
  const comparison = (['nature', 'direction'] as const)
    .map((role) => valueSpan(columns, role, position, levelEnd))
    .find((span) => isOperator(spanText(cells, span)));
  const unit = spanText(cells, valueSpan(columns, 'unit', position, levelEnd));
  const actualSpan = valueSpan(columns, 'actual', position, levelEnd);
  let actual = spanText(cells, actualSpan);
  if (comparison) {
    target = spanText(cells, comparison) + target;
    targetLine = spanLineOf(row, comparison);
  }
  if (unit !== '') {
    if (/\d$/.test(target)) target += unit;
    if (/\d$/.test(actual)) actual += unit;
  }
  // The note is what follows the score — from the note's own column where the header prints one after it, a column between
  // them read as nothing (`得分 | 评分标准 | 偏差原因`) — but for a value column printed after it (`分值 | 得分 | 实际完成值`).
  const noteColumn = (columns.get('deviationNote')?.first ?? -1) + shift;
  const noteFirst = Math.max(position.scoreIndex + 1, noteColumn);
  let note = cells
    .slice(noteFirst)
    .filter((_, i) => !inSpan(actualSpan, noteFirst + i))
    .join('')
    .trim();
  if (note !== '' && isMostlyNoise(note)) {
    note = '';
    warnings.push('note_noise_dropped');
  }
  // A header with a 得分 column and no 分值 one (`得分` only): the figure there is the score.
  const scoreOnly = position.scoreIndex === position.weightIndex;
  const weight = scoreOnly ? null : numberCell(cells[position.weightIndex] ?? '');
  const score = numberCell(cells[position.scoreIndex] ?? '');
  if (weight?.cleaned || score?.cleaned) warnings.push('number_cell_cleaned');
  const name = nameCells.join('');
  const damage = (name === '' ? 3 : Math.min(3, nameNoise(name))) + valueGarble(target) + valueGarble(actual) + (weight?.cleaned || score?.cleaned ? 1 : 0);
  return {
    row,
    position,
    name,
    target,
    actual,
    note,
    lines: { name: spanLine(row, nameFirst, nameEnd - 1), target: targetLine, actual: spanLineOf(row, actualSpan), note: spanLine(row, noteFirst, cells.length - 1) },
    weight: numberAt(row, weight, position.weightIndex),
    score: numberAt(row, score, position.scoreIndex),
    warnings,
    damage,
    twin: false,
  };
}

/** Columns whose first column ends the name (a value, the target's earlier values, or the split target's 指标性质/指标方向/度量单位). */
const VALUE_ROLES: readonly IndicatorRole[] = ['nature', 'direction', 'priorTarget', 'target', 'unit', 'actual'];

/**
 * A value role's columns in this row (shifted), or null when the header has none right of the levels. Columns are
 * found by role in whatever order the header prints them: a value column ends before the next figure column right of
 * it — the weight (`指标值 | 分值`), or the score where the value stands between the two (Guangxi's
 * `指标值 | 分值 | 实际完成值 | 指标得分`).
 */
function valueSpan(columns: IndicatorColumns, role: IndicatorRole, position: ScorePosition, levelEnd: number): { first: number; last: number } | null {
  const span = columns.get(role);
  if (span === undefined || span.first + position.shift <= levelEnd) return null;
  const first = span.first + position.shift;
  const figure = [position.weightIndex, position.scoreIndex].find((index) => index >= first) ?? Infinity;
  return { first, last: Math.min(span.last + position.shift, figure - 1) };
}

const inSpan = (span: { first: number; last: number } | null, col: number): boolean => span !== null && col >= span.first && col <= span.last;

const spanText = (cells: readonly string[], span: { first: number; last: number } | null): string => (span === null ? '' : joinSpan(cells, span.first, span.last).trim());

const spanLineOf = (row: DenseRow, span: { first: number; last: number } | null): number => (span === null ? row.line : spanLine(row, span.first, span.last));

/** 1 for a value that is blank or not well formed (OCR damage), else 0. */
const valueGarble = (text: string): number => (text === '' || !isWellFormedValue(text) ? 1 : 0);

const numberAt = (row: DenseRow, number: { text: string } | null, col: number): Cell | null => (number ? { text: number.text, line: row.at[col]?.line ?? row.line } : null);

/** No name or value text at all, only numbers: a 总分 row whose label OCR lost, or a garbled copy of it. */
export const isContentless = (candidate: ScoredCandidate): boolean =>
  ![candidate.name, candidate.target, candidate.actual].some(
    (text) => hasCjk(text) || startsWithOperatorValue(text) || /\d/.test(text),
  );

/**
 * Whether a dropped row is the other line of its twin's name (a name printed
 * over two lines, the values read on both) rather than a garbled copy: its
 * name is clean and shares no character with the twin's, and its value cells
 * read as values, however garbled (`100.00(0/)`), not as noise.
 */
export function continuesName(row: ScoredCandidate, twin: ScoredCandidate): boolean {
  if (row.name === '' || twin.name === '' || nameNoise(row.name) > 0) return false;
  const readsAsValue = (text: string): boolean => text === '' || isWellFormedValue(text) || /^[=＝≥≤≧≦><]?\s*\d/.test(text);
  if (!readsAsValue(row.target) || !readsAsValue(row.actual)) return false;
  const twinChars = new Set(twin.name);
  return ![...row.name].some((ch) => hasCjk(ch) && twinChars.has(ch));
}
