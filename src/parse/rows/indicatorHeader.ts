/**
 * The header of an indicator table in row-per-line text: one row, or two
 * when OCR split its labels over two lines (`一级|二级|…` above,
 * `指标|指标|…` below); it gives the column roles.
 */
import { compact } from './ocrText';
import { locateScores } from './indicatorRow';
import { columnRoles, INDICATOR_HEADER_TAILS, INDICATOR_ROLE_SYNONYMS, type IndicatorRole, roleOf } from './rowLabels';
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
