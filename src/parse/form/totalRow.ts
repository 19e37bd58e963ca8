/**
 * The 总分 row of an indicator table: its label and one or two numbers.
 */
import { numberCell } from '../cellText';
import type { Cell } from '../forms';
import { type Row, filledCells } from '../row';
import type { DenseRow } from './denseRow';
import type { ScorePosition } from './indicatorRow';
import { valuesByLabel } from './labelledCells';
import { findAtStart, type IndicatorColumns, type Span, TOTAL_LABELS } from './rowLabels';

/** Total labels that name the score itself, not the points it is out of. */
const SCORE_NAMING = /^(?:自评得分|自评总分|项目总得分|总得分|综合得分|合计得分)/u;

/** What follows a total's label in its own cell when its figure was printed there: `:97.34分` in the key. */
const FIGURE_AFTER_LABEL = /^:?([\d,]+(?:\.\d+)?)分?$/u;

/**
 * The figure a cell holds after its total label (`自评得分：97.34分`, `总分:96` → `97.34`, `96`); null for any other cell,
 * and for figures over 100 (no score is: `总分 100 98.5` in text flattened by spaces, its key `总分10098.5`, holds two).
 */
export function figureAfterTotalLabel(key: string): string | null {
  const match = findAtStart(key, TOTAL_LABELS);
  const figure = match === null ? null : (FIGURE_AFTER_LABEL.exec(key.slice(match.end))?.[1] ?? null);
  return figure !== null && Number(figure.replace(/,/g, '')) <= 100 ? figure : null;
}

/** A lone cell stating a total with its figure (`自评得分：97.34分` printed under the table, outside it). */
export function isLoneTotalCell(row: Row): boolean {
  const cells = filledCells(row);
  return cells.length === 1 && figureAfterTotalLabel(cells[0]!.key) !== null;
}

/** `10098`: the weight 100 and the score run together (text that lost its cell breaks). */
const RUN_TOGETHER = /^(100)(\d{1,2}(?:\.\d+)?)$/;

export interface TotalCells {
  weight: Cell | null;
  score: Cell | null;
}

/**
 * The numbers of a 总分 row. In a clean table they stand in order after the label: 分值, then 得分
 * (a blank 得分 cell leaves the score null). In an OCR'd table two adjacent numbers give weight and
 * score; a single one is the weight or the score by the column it stands in, compared with the
 * last indicator row's (OCR shifts whole page regions alike), else the header's, else by what it
 * adds up to (`sums`: the indicators' weights or scores with the funds row's, when known).
 */
export function readTotalRow(
  row: DenseRow,
  lastIndicator: ScorePosition | null,
  sums: { weight: number | null; score: number | null },
  columns: IndicatorColumns,
  ocr: boolean,
): TotalCells {
  if (!ocr) return inOrder(row, sums, columns);
  const pieces = valuesByLabel(row.row, [TOTAL_LABELS])[0]?.pieces ?? [];
  const numbers = pieces.flatMap((piece) => {
    const number = piece.whole ? numberCell(piece.text) : null;
    return number ? [{ col: piece.cell.col, text: number.text, line: piece.cell.line }] : [];
  });
  const cell = (number: { text: string; line: number }): Cell => ({ text: number.text, line: number.line });
  const only = numbers.length === 1 ? numbers[0]! : null;
  const runTogether = only ? RUN_TOGETHER.exec(only.text) : null;
  if (only && runTogether) return { weight: cell({ ...only, text: runTogether[1]! }), score: cell({ ...only, text: runTogether[2]! }) };
  for (let i = numbers.length - 2; i >= 0; i--) {
    if (numbers[i + 1]!.col === numbers[i]!.col + 1) return { weight: cell(numbers[i]!), score: cell(numbers[i + 1]!) };
  }
  const last = numbers[numbers.length - 1];
  if (last === undefined) return { weight: null, score: null };
  if (numbers.length >= 2) return { weight: cell(numbers[numbers.length - 2]!), score: cell(last) };
  // Where OCR shifted the rows, the last indicator's shift tells; else the header's own columns.
  if (lastIndicator !== null && lastIndicator.shift !== 0) return last.col === lastIndicator.weightIndex ? { weight: cell(last), score: null } : { weight: null, score: cell(last) };
  const within = (span: Span | undefined): boolean => span !== undefined && last.col >= span.first && last.col <= span.last;
  if (within(columns.get('weight'))) return { weight: cell(last), score: null };
  if (within(columns.get('score'))) return { weight: null, score: cell(last) };
  const value = Number(last.text.replace(/,/g, ''));
  const near = (sum: number | null): boolean => sum !== null && Math.abs(sum - value) <= 0.01;
  if (near(sums.weight) && !near(sums.score)) return { weight: cell(last), score: null };
  if (near(sums.score) && !near(sums.weight)) return { weight: null, score: cell(last) };
  if (lastIndicator !== null && last.col === lastIndicator.weightIndex) return { weight: cell(last), score: null };
  return { weight: null, score: cell(last) };
}

/**
 * 总分 | 分值 | 得分: the first figure after the label and the cell right after it (a blank one: no
 * score); figures flattened into one cell (`100 88`) stand in order too.
 */
function inOrder(row: DenseRow, sums: { weight: number | null; score: number | null }, columns: IndicatorColumns): TotalCells {
  const label = row.cells.findIndex((text, col) => text !== '' && findAtStart(row.at[col]?.key ?? '', TOTAL_LABELS) !== null);
  if (label < 0) return { weight: null, score: null };
  const places: (Cell | null)[] = [];
  // The figure in the label's own cell (`自评得分：97.34分`) stands first.
  const own = figureAfterTotalLabel(row.at[label]?.key ?? '');
  if (own !== null) places.push({ text: own, line: row.at[label]?.line ?? row.line });
  for (let col = label + 1; col < row.cells.length; col++) {
    const text = row.cells[col] ?? '';
    const line = row.at[col]?.line ?? row.line;
    if (text === '') places.push(null);
    // A figure run into a note (`10098注:1.`) is the figure.
    else for (const word of text.split(/\s+/u)) places.push({ text: /^[\d,.]+分?(?=[\u4e00-\u9fff(（:：])/.exec(word)?.[0] ?? word, line });
  }
  const start = places.findIndex((place) => place !== null);
  if (start < 0) return { weight: null, score: null };
  // `10098`: the weight 100 and the score run together (text that lost its cell breaks).
  const only = places[start];
  const runTogether = only && places.slice(start + 1).every((place) => place === null) ? RUN_TOGETHER.exec(only.text) : null;
  if (only && runTogether) return { weight: { text: runTogether[1]!, line: only.line }, score: { text: runTogether[2]!, line: only.line } };
  const figure = (place: Cell | null | undefined): Cell | null => (place && numberCell(place.text.replace(/分$/, '')) ? { ...place, text: place.text.replace(/分$/, '') } : null);
  const first = figure(places[start]);
  const second = figure(places[start + 1]);
  // A lone figure is the weight when it is the full 100 (or what the weights add up to), else the score (`总分：96.58分`);
  // in a table with a 得分 column and no 分值 column (Hubei's 20-point template) it is the score, 100 included.
  // 分值 and 得分 apart (Anhui's 分值 | 年度指标值 | 全年实际值 | 得分): blanks after the weight, the score under the 得分 column.
  const firstCol = row.cells.findIndex((text, col) => col > label && text !== '');
  const apart = first && !second ? figureUnder(row, columns.get('score'), firstCol) : null;
  if (first && apart) return { weight: first, score: apart };
  if (first && !second) {
    const value = Number(first.text.replace(/,/g, ''));
    // …and a label that names the score (`自评得分`, `总得分`) is followed by the score, 100 included.
    const scoreOnly = (columns.has('score') && !columns.has('weight')) || SCORE_NAMING.test(row.at[label]?.key ?? '');
    const isWeight = !scoreOnly && (value === 100 || (sums.weight !== null && Math.abs(sums.weight - value) <= 0.01));
    return isWeight ? { weight: first, score: null } : { weight: null, score: first };
  }
  return { weight: first, score: second };
}

/** The first figure in a column of `span` right of `after`. */
function figureUnder(row: DenseRow, span: Span | undefined, after: number): Cell | null {
  if (span === undefined) return null;
  for (let col = Math.max(span.first, after + 1); col <= span.last; col++) {
    const text = row.cells[col] ?? '';
    if (numberCell(text)) return { text, line: row.at[col]?.line ?? row.line };
  }
  return null;
}
