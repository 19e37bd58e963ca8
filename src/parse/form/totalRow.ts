/**
 * The 总分 row of an indicator table: its label and one or two numbers.
 */
import { numberCell } from '../cellText';
import type { Cell } from '../forms';
import { cellAtColumn, type DenseRow } from './denseRow';
import type { ScorePosition } from './indicatorRow';
import { valuesByLabel } from './labelledCells';
import { findInKey, type IndicatorColumns, type Span, TOTAL_LABELS } from './rowLabels';

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
  if (!ocr) return inOrder(row);
  const pieces = valuesByLabel(row.row, [TOTAL_LABELS])[0]?.pieces ?? [];
  const numbers = pieces.flatMap((piece) => {
    const number = piece.whole ? numberCell(piece.text) : null;
    return number ? [{ col: piece.cell.col, text: number.text, line: piece.cell.line }] : [];
  });
  const cell = (number: { text: string; line: number }): Cell => ({ text: number.text, line: number.line });
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

/** 总分 | 分值 | 得分: the first filled cell after the label and the cell right after it. */
function inOrder(row: DenseRow): TotalCells {
  const label = row.cells.findIndex((text, col) => text !== '' && findInKey(row.at[col]?.key ?? '', TOTAL_LABELS)?.start === 0);
  const after = row.cells.slice(label + 1);
  const start = after.findIndex((text) => text !== '');
  if (label < 0 || start < 0) return { weight: null, score: null };
  return { weight: cellAtColumn(row, label + 1 + start), score: cellAtColumn(row, label + 2 + start) };
}
