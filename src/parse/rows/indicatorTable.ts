/**
 * The indicator table of a self-evaluation in row-per-line text: the header
 * rows give the column roles; an indicator row is recognised by numeric
 * weight and score cells (found at the header's columns, or as the rightmost
 * pair of numbers when OCR shifted the row); names split across cells and
 * lines are joined; 一级/二级 labels come from their fragments; the 总分 row
 * and garbled copies of rows are told apart by the form's arithmetic.
 */
import type { Cell, IndicatorRow, UnparsedLine } from '../forms';
import { findGarbledRows, type ScoredRow } from './garbledRows';
import { valuesByLabel } from './labelledCells';
import { assembleLevelLabels, hasLevelLabelText, level1For, level2For, type LevelFragment } from './levelLabels';
import {
  compact,
  hasCjk,
  isMostlyNoise,
  isWellFormedValue,
  nameNoise,
  numberCell,
  numberValue,
  startsWithOperatorValue,
} from './ocrText';
import {
  columnRoles,
  INDICATOR_HEADER_TAILS,
  INDICATOR_ROLE_SYNONYMS,
  type IndicatorRole,
  roleOf,
  TOTAL_LABELS,
  rowHasLabel,
} from './rowLabels';
import type { TableRow } from './tableRow';

export type IndicatorColumns = Map<IndicatorRole, { first: number; last: number }>;

const LEVEL_OR_VALUE_ROLES: readonly IndicatorRole[] = ['level1', 'level2', 'name', 'target', 'actual'];

/** A header row: names a level, name or value column and at least one more indicator column. */
export function isIndicatorHeaderRow(row: TableRow): boolean {
  const roles = columnRoles(row.cells, INDICATOR_ROLE_SYNONYMS);
  return roles.size >= 2 && LEVEL_OR_VALUE_ROLES.some((role) => roles.has(role));
}

const isHeaderCell = (cell: string): boolean => {
  const text = compact(cell);
  return (
    text !== '' &&
    [...text].length <= 6 &&
    (roleOf(text, INDICATOR_ROLE_SYNONYMS) !== null || INDICATOR_HEADER_TAILS.some((tail) => text.startsWith(tail)))
  );
};

/** A line of a header split over two lines (`一级|二级|…` above, `指标|指标|…` below): header cells, no scores. */
export const isHeaderPart = (row: TableRow): boolean =>
  row.cells.some(isHeaderCell) && locateScores(row.cells, new Map()) === null;

/** Column roles of a header block: each column's texts over the block's rows, joined. */
export function readIndicatorColumns(rows: readonly TableRow[]): IndicatorColumns {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, col) => rows.map((row) => compact(row.cells[col] ?? '')).join(''));
  return columnRoles(columns, INDICATOR_ROLE_SYNONYMS);
}

interface ScorePosition {
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
function locateScores(cells: readonly string[], columns: IndicatorColumns): ScorePosition | null {
  const weight = columns.get('weight')?.first;
  const score = columns.get('score')?.first;
  const numeric = (index: number): boolean => numberCell(cells[index] ?? '') !== null;
  if (weight !== undefined && score !== undefined && numeric(weight) && numeric(score)) {
    return { weightIndex: weight, scoreIndex: score, shift: 0 };
  }
  if (weight === undefined || score === undefined || score === weight + 1) {
    for (let i = cells.length - 2; i >= 0; i--) {
      if (numeric(i) && numeric(i + 1)) return { weightIndex: i, scoreIndex: i + 1, shift: weight === undefined ? 0 : i - weight };
    }
    return null;
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    if (!numeric(i)) continue;
    const shift = i - score;
    return numeric(weight + shift) ? { weightIndex: weight + shift, scoreIndex: i, shift } : null;
  }
  return null;
}

/** A row with weight and score, before it is known whether it is an indicator, a total or a garbled copy. */
interface ScoredCandidate {
  readonly row: TableRow;
  readonly position: ScorePosition;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly note: string;
  readonly weight: Cell;
  readonly score: Cell;
  readonly warnings: string[];
  /** How damaged the OCR text looks: a lost name, a noisy name, odd values, doubled numbers. */
  readonly damage: number;
  twin: boolean;
}

const joinSpan = (cells: readonly string[], first: number, last: number): string =>
  cells.slice(Math.max(0, first), Math.max(0, last + 1)).join('');

function readCandidate(row: TableRow, columns: IndicatorColumns, position: ScorePosition): ScoredCandidate {
  const { cells } = row;
  const { shift } = position;
  const warnings: string[] = [];
  const levelEnd = Math.max(columns.get('level1')?.first ?? 0, columns.get('level2')?.first ?? 1);
  const nameFirst = columns.get('name')?.first ?? levelEnd + 1;
  const valueText = (role: IndicatorRole): string => {
    const span = columns.get(role);
    if (span === undefined || span.first + shift <= levelEnd) return '';
    return joinSpan(cells, span.first + shift, Math.min(span.last + shift, position.weightIndex - 1)).trim();
  };
  const valueFirst = Math.min(
    position.weightIndex,
    ...(['nature', 'target', 'unit', 'actual'] as const).flatMap((role) => {
      const first = columns.get(role)?.first;
      return first === undefined ? [] : [first + shift];
    }),
  );
  const nameCells = cells.slice(nameFirst, Math.max(nameFirst, valueFirst)).filter((cell) => cell !== '');
  let target = valueText('target');
  // A target printed into the name's cell (`相关群众满意度 ≥90.00(9`) is split off it.
  const lastName = nameCells[nameCells.length - 1];
  if (target === '' && lastName !== undefined) {
    const tokens = lastName.split(/\s+/);
    const tail = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && startsWithOperatorValue(tail)) {
      nameCells[nameCells.length - 1] = tokens.slice(0, -1).join(' ');
      target = tail;
      warnings.push('target_split_from_name');
    }
  }
  const nature = valueText('nature');
  const unit = valueText('unit');
  let actual = valueText('actual');
  if (/^[=＝≥≤≧≦><]+$/.test(nature)) target = nature + target;
  if (unit !== '') {
    if (/\d$/.test(target)) target += unit;
    if (/\d$/.test(actual)) actual += unit;
  }
  let note = cells.slice(position.scoreIndex + 1).join('').trim();
  if (note !== '' && isMostlyNoise(note)) {
    note = '';
    warnings.push('note_noise_dropped');
  }
  const weight = numberCell(cells[position.weightIndex]!)!;
  const score = numberCell(cells[position.scoreIndex]!)!;
  if (weight.cleaned || score.cleaned) warnings.push('number_cell_cleaned');
  const name = nameCells.join('');
  const valueGarble = (text: string): number => (text === '' || !isWellFormedValue(text) ? 1 : 0);
  const damage =
    (name === '' ? 3 : Math.min(3, nameNoise(name))) +
    valueGarble(target) +
    valueGarble(actual) +
    (weight.cleaned || score.cleaned ? 1 : 0);
  return {
    row,
    position,
    name,
    target,
    actual,
    note,
    weight: { text: weight.text, line: row.line },
    score: { text: score.text, line: row.line },
    warnings,
    damage,
    twin: false,
  };
}

/** No name or value text at all, only numbers: a 总分 row whose label OCR lost, or a garbled copy of it. */
const isContentless = (candidate: ScoredCandidate): boolean =>
  ![candidate.name, candidate.target, candidate.actual].some(
    (text) => hasCjk(text) || startsWithOperatorValue(text) || /\d/.test(text),
  );

/**
 * Whether a dropped row is the other line of its twin's name (a name printed
 * over two lines, the values read on both) rather than a garbled copy: its
 * name is clean and shares no character with the twin's, and its value cells
 * read as values, however garbled (`100.00(0/)`), not as noise.
 */
function continuesName(row: ScoredCandidate, twin: ScoredCandidate): boolean {
  if (row.name === '' || twin.name === '' || nameNoise(row.name) > 0) return false;
  const readsAsValue = (text: string): boolean => text === '' || isWellFormedValue(text) || /^[=＝≥≤≧≦><]?\s*\d/.test(text);
  if (!readsAsValue(row.target) || !readsAsValue(row.actual)) return false;
  const twinChars = new Set(twin.name);
  return ![...row.name].some((ch) => hasCjk(ch) && twinChars.has(ch));
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005;

export interface IndicatorTable {
  indicators: IndicatorRow[];
  totalWeight: Cell | null;
  totalScore: Cell | null;
  consumed: number[];
  unparsed: UnparsedLine[];
  warnings: string[];
}

/**
 * Reads the indicator rows of one form. `rows` are the lines between the
 * header and the grade row, without the 总分 row (`totalRow`, if labelled);
 * `funds` are the form's funds weight and score (for the arithmetic).
 */
export function readIndicatorTable(
  rows: readonly TableRow[],
  columns: IndicatorColumns,
  totalRow: TableRow | null,
  funds: { weight: number | null; score: number | null },
): IndicatorTable {
  const consumed: number[] = [];
  const unparsed: UnparsedLine[] = [];
  const warnings: string[] = [];
  const reject = (row: TableRow, reason: string): void => {
    unparsed.push({ line: row.line, text: row.text, reason });
  };

  const candidates: ScoredCandidate[] = [];
  const others: TableRow[] = [];
  for (const row of rows) {
    const position = locateScores(row.cells, columns);
    if (position) candidates.push(readCandidate(row, columns, position));
    else others.push(row);
  }
  candidates.forEach((candidate, i) => {
    candidate.twin = [candidates[i - 1], candidates[i + 1]].some(
      (other) => other !== undefined && other.weight.text === candidate.weight.text && other.score.text === candidate.score.text,
    );
  });

  // The 总分 row: labelled, or a row of bare numbers whose weight is the sum of all weights.
  let total = totalRow ? readTotalRow(totalRow, candidates[candidates.length - 1]?.position ?? null) : null;
  const weightOf = (candidate: ScoredCandidate): number => numberValue(candidate.weight.text) ?? 0;
  let kept = candidates.filter((candidate) => {
    if (!isContentless(candidate)) return true;
    const withText = candidates.filter((other) => other !== candidate && !isContentless(other));
    const sumOfWeights = withText.reduce((sum, other) => sum + weightOf(other), 0) + (funds.weight ?? 0);
    const labelledWeight = total?.weight ? numberValue(total.weight.text) : null;
    if (totalRow && labelledWeight !== null && near(weightOf(candidate), labelledWeight)) {
      reject(candidate.row, `garbled copy of the 总分 row (line ${totalRow.line}): bare numbers, no indicator text`);
      return false;
    }
    if (!totalRow && near(weightOf(candidate), sumOfWeights)) {
      total = { weight: candidate.weight, score: candidate.score };
      consumed.push(candidate.row.line);
      warnings.push('total_label_missing');
      return false;
    }
    return true;
  });

  // Garbled copies: rows whose scores push the sum past the printed total.
  const totalScore = total?.score ? numberValue(total.score.text) : null;
  const totalWeight = total?.weight ? numberValue(total.weight.text) : null;
  const scored = kept.map((candidate): ScoredRow & { candidate: ScoredCandidate } => ({
    candidate,
    line: candidate.row.line,
    weight: weightOf(candidate),
    score: numberValue(candidate.score.text) ?? 0,
    damage: candidate.damage,
    twin: candidate.twin,
  }));
  const dropped = findGarbledRows(scored, {
    weight: totalWeight !== null && funds.weight !== null ? totalWeight - funds.weight : null,
    score: totalScore !== null && funds.score !== null ? totalScore - funds.score : null,
  });
  // Extra lines of an indicator's name: a wrapped name line, or a dropped row's clean name that continues its twin's.
  const nameParts = new Map<ScoredCandidate, { text: string; line: number }[]>();
  const addNamePart = (owner: ScoredCandidate, part: { text: string; line: number }): void => {
    nameParts.set(owner, [...(nameParts.get(owner) ?? []), part]);
  };
  if (dropped === null) {
    warnings.push('score_sum_exceeds_total');
  } else {
    for (const row of dropped) {
      const { candidate } = row;
      const index = kept.indexOf(candidate);
      const twin = [kept[index - 1], kept[index + 1]].find(
        (other) => other?.twin && other.weight.text === candidate.weight.text && other.score.text === candidate.score.text,
      );
      if (twin && !dropped.some((other) => other.candidate === twin) && continuesName(candidate, twin)) {
        // A name printed over two lines, each of which OCR gave the row's values: one name, the better values.
        addNamePart(twin, { text: candidate.name, line: candidate.row.line });
        twin.warnings.push('ocr_row_merged');
        consumed.push(candidate.row.line);
        continue;
      }
      const copyOf = twin ? `, same weight/score as line ${twin.row.line}` : '';
      const printed = total?.score?.text ?? total?.weight?.text;
      reject(
        candidate.row,
        `garbled OCR row${copyOf}: counting its ${candidate.weight.text}/${candidate.score.text} would push the indicators past the printed total ${printed}`,
      );
    }
    kept = kept.filter((candidate) => !dropped.some((row) => row.candidate === candidate));
  }

  // 一级/二级 labels from every line's fragments; name continuations from text-only lines.
  const level1Col = columns.get('level1')?.first ?? 0;
  const level2Col = columns.get('level2')?.first ?? 1;
  const nameFirst = columns.get('name')?.first ?? Math.max(level1Col, level2Col) + 1;
  const level1Fragments: LevelFragment[] = [];
  const level2Fragments: LevelFragment[] = [];
  for (const row of rows) {
    level1Fragments.push({ line: row.line, text: row.cells[level1Col] ?? '' });
    level2Fragments.push({ line: row.line, text: row.cells[level2Col] ?? '' });
  }
  const level1Labels = assembleLevelLabels(level1Fragments, 'level1');
  const level2Labels = assembleLevelLabels(level2Fragments, 'level2');
  const hasLabelFragment = (row: TableRow): boolean =>
    hasLevelLabelText(row.cells[level1Col] ?? '') || hasLevelLabelText(row.cells[level2Col] ?? '');
  for (const row of others) {
    const text = row.cells.slice(nameFirst).filter((cell) => cell !== '');
    const isContinuation =
      text.length > 0 && text.every((cell) => hasCjk(cell) && nameNoise(cell) === 0 && !startsWithOperatorValue(cell));
    const owner = isContinuation
      ? ([...kept].reverse().find((candidate) => candidate.row.line < row.line) ?? kept.find((c) => c.row.line > row.line))
      : undefined;
    if (owner) {
      addNamePart(owner, { text: text.join(''), line: row.line });
      consumed.push(row.line);
    } else if (hasLabelFragment(row)) {
      consumed.push(row.line);
    } else {
      reject(row, 'OCR noise inside the indicator table: no indicator, label or name text');
    }
  }

  const indicators = kept.map((candidate): IndicatorRow => {
    consumed.push(candidate.row.line);
    const rowWarnings = [...candidate.warnings];
    const level2 = level2For(level2Labels, candidate.row.line);
    const level1 = level1For(level1Labels, candidate.row.line, level2);
    if (level1 === null) rowWarnings.push('level1_missing');
    if (level2 === null) rowWarnings.push('level2_missing');
    const parts = [{ text: candidate.name, line: candidate.row.line }, ...(nameParts.get(candidate) ?? [])]
      .filter((part) => part.text !== '')
      .sort((a, b) => a.line - b.line);
    if (parts.length === 0) rowWarnings.push('name_missing');
    const cell = (text: string): Cell | null => (text === '' ? null : { text, line: candidate.row.line });
    return {
      level1: level1?.cell ?? null,
      level2: level2?.cell ?? null,
      name: { text: parts.map((part) => part.text).join('\n'), line: parts[0]?.line ?? candidate.row.line },
      target: cell(candidate.target),
      actual: cell(candidate.actual),
      weight: candidate.weight,
      score: candidate.score,
      deviationNote: cell(candidate.note),
      warnings: rowWarnings,
    };
  });
  return {
    indicators,
    totalWeight: total?.weight ?? null,
    totalScore: total?.score ?? null,
    consumed,
    unparsed,
    warnings,
  };
}

export const isTotalRow = (row: TableRow): boolean => rowHasLabel(row, TOTAL_LABELS);

/**
 * The numbers of a 总分 row: two give weight and score; a single one is the
 * weight or the score by the column it stands in, compared with the last
 * indicator row's (OCR shifts whole page regions alike).
 */
function readTotalRow(row: TableRow, lastIndicator: ScorePosition | null): { weight: Cell | null; score: Cell | null } {
  const pieces = valuesByLabel(row.cells, [TOTAL_LABELS])[0]?.pieces ?? [];
  const numbers = pieces.flatMap((piece) => {
    const number = piece.whole ? numberCell(piece.text) : null;
    return number ? [{ col: piece.col, text: number.text }] : [];
  });
  const cell = (text: string): Cell => ({ text, line: row.line });
  for (let i = numbers.length - 2; i >= 0; i--) {
    if (numbers[i + 1]!.col === numbers[i]!.col + 1) return { weight: cell(numbers[i]!.text), score: cell(numbers[i + 1]!.text) };
  }
  const last = numbers[numbers.length - 1];
  if (last === undefined) return { weight: null, score: null };
  if (numbers.length >= 2) return { weight: cell(numbers[numbers.length - 2]!.text), score: cell(last.text) };
  if (lastIndicator !== null && last.col === lastIndicator.weightIndex) return { weight: cell(last.text), score: null };
  return { weight: null, score: cell(last.text) };
}

