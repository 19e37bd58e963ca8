/**
 * The 总分 row of an indicator table: its label and one or two numbers.
 */
import type { Cell } from '../forms';
import type { ScorePosition } from './indicatorRow';
import { valuesByLabel } from './labelledCells';
import { numberCell } from './ocrText';
import { rowHasLabel, TOTAL_LABELS } from './rowLabels';
import type { TableRow } from './tableRow';

export const isTotalRow = (row: TableRow): boolean => rowHasLabel(row, TOTAL_LABELS);

/**
 * The numbers of a 总分 row: two give weight and score; a single one is the
 * weight or the score by the column it stands in, compared with the last
 * indicator row's (OCR shifts whole page regions alike).
 */
export function readTotalRow(row: TableRow, lastIndicator: ScorePosition | null): { weight: Cell | null; score: Cell | null } {
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
