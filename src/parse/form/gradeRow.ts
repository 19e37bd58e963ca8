/**
 * The 评分等级 row: `评分等级|优`, `评分等|等级|…|优`, `评分等|纵|…|优` (OCR misreads the label's end),
 * or the label alone with the grade on the next line.
 */
import { compact, hasCjk } from '../cellText';
import type { Cell } from '../forms';
import type { Row } from '../row';
import { valuesByLabel } from './labelledCells';
import { GRADE_LABELS, rowHasLabel } from './rowLabels';

const LABEL_CHARS = new Set([...GRADE_LABELS.join('')]);

export const isGradeRow = (row: Row): boolean => rowHasLabel(row, GRADE_LABELS);

/** The grade after the label: the last piece that is not a remnant of the label itself; null if none. */
export function readGrade(row: Row): Cell | null {
  const pieces = (valuesByLabel(row, [GRADE_LABELS])[0]?.pieces ?? []).filter((piece) => ![...compact(piece.text)].every((ch) => LABEL_CHARS.has(ch)));
  const last = pieces[pieces.length - 1];
  return last ? { text: last.text, line: last.cell.line } : null;
}

/** A row holding only a grade word (`优`): the value of a 评分等级 label printed on the row above. */
export function isLoneGrade(row: Row): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  const only = filled[0]?.text;
  return filled.length === 1 && only !== undefined && hasCjk(only) && !/\d/.test(only) && [...compact(only)].length <= 2;
}
