/**
 * The header of an indicator table: one row, or two when its labels were split over two lines
 * (`一级|二级|…` above, `指标|指标|…` below); it gives the column roles and their spans.
 */
import { type DenseRow } from './denseRow';
import { locateScores } from './indicatorRow';
import { columnRoles, INDICATOR_HEADER_TAILS, INDICATOR_ROLE_SYNONYMS, type IndicatorColumns, type IndicatorRole, roleInKey } from './rowLabels';

const LEVEL_OR_VALUE_ROLES: readonly IndicatorRole[] = ['level1', 'level2', 'name', 'target', 'actual'];

const keysOf = (row: DenseRow): string[] => row.at.map((cell) => cell?.key ?? '');

/** A header row: names a level, name or value column and at least one more indicator column. */
export function isIndicatorHeaderRow(row: DenseRow): boolean {
  const roles = columnRoles(keysOf(row), INDICATOR_ROLE_SYNONYMS);
  return roles.size >= 2 && LEVEL_OR_VALUE_ROLES.some((role) => roles.has(role));
}

const isHeaderCell = (key: string): boolean =>
  key !== '' && [...key].length <= 6 && (roleInKey(key, INDICATOR_ROLE_SYNONYMS) !== null || INDICATOR_HEADER_TAILS.some((tail) => key.startsWith(tail)));

/** A line of a header split over two lines (`一级|二级|…` above, `指标|指标|…` below): header cells, no scores. */
export const isHeaderPart = (row: DenseRow): boolean => keysOf(row).some(isHeaderCell) && locateScores(row.cells, new Map()) === null;

/** Column roles of a header block: each column's texts over the block's rows, joined. */
export function readIndicatorColumns(rows: readonly DenseRow[]): IndicatorColumns {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, col) => rows.map((row) => row.at[col]?.key ?? '').join(''));
  return columnRoles(columns, INDICATOR_ROLE_SYNONYMS);
}
