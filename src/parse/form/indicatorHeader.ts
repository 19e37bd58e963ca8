/**
 * The header of an indicator table: one row, or two when its labels were split over two lines
 * (`一级|二级|…` above, `指标|指标|…` below); it gives the column roles and their spans.
 */
import { numberCell } from '../cellText';
import { level1Family, level1FamilyOfLevel2 } from '../labels';
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

/** How well data rows sit under columns: 一级/二级 cells that are labels or blank, 分值/得分 cells that are numbers. */
function fitScore(columns: IndicatorColumns, rows: readonly DenseRow[]): number {
  let score = 0;
  const at = (row: DenseRow, role: IndicatorRole): string | null => {
    const col = columns.get(role)?.first;
    return col === undefined || col < 0 ? null : (row.cells[col] ?? '');
  };
  for (const row of rows) {
    const level1 = at(row, 'level1');
    const level2 = at(row, 'level2');
    const weight = at(row, 'weight');
    const scoreCell = at(row, 'score');
    if (level1 !== null && level1 !== '') score += level1Family(level1) !== null ? 1 : -1;
    if (level2 !== null && level2 !== '') score += level1FamilyOfLevel2(level2) !== null ? 1 : -1;
    if (weight !== null && weight !== '') score += numberCell(weight) !== null ? 1 : -1;
    if (scoreCell !== null && scoreCell !== '') score += numberCell(scoreCell) !== null ? 1 : -1;
  }
  return score;
}

/**
 * The header's columns as the data rows stand under them. A header may print a block label the
 * data rows leave out (`绩效指标（90分）` merged down the table's left edge, dropped by a web export):
 * the data then start one or two columns further left, and the columns shift with them when that
 * fits the rows clearly better.
 */
export function fitColumns(columns: IndicatorColumns, rows: readonly DenseRow[]): IndicatorColumns {
  let best = { columns, score: fitScore(columns, rows) };
  for (const shift of [-1, -2]) {
    if ([...columns.values()].some((span) => span.first + shift < 0)) break;
    const shifted: IndicatorColumns = new Map([...columns].map(([role, span]) => [role, { first: span.first + shift, last: span.last + shift }]));
    const score = fitScore(shifted, rows);
    if (score > best.score + Math.max(2, rows.length / 2)) best = { columns: shifted, score };
  }
  return best.columns;
}
