/**
 * The header of an indicator table: one row, or two when its labels were split over two lines
 * (`一级|二级|…` above, `指标|指标|…` below); it gives the column roles and their spans.
 */
import { numberCell } from '../cellText';
import { keyMatches, LATER_TARGET_LABELS, level1Family, level1FamilyOfLevel2 } from '../labels';
import { type DenseRow } from './denseRow';
import { locateScores } from './indicatorRow';
import { ASIDE_INDICATOR_LABELS, columnRoles, INDICATOR_HEADER_TAILS, INDICATOR_ROLE_SYNONYMS, type IndicatorColumns, type IndicatorRole, roleInKey } from './rowLabels';

const LEVEL_OR_VALUE_ROLES: readonly IndicatorRole[] = ['level1', 'level2', 'name', 'target', 'actual'];


/** A header row: names a level, name or value column and at least one more indicator column. */
export function isIndicatorHeaderRow(row: DenseRow): boolean {
  // The roles `columnRoles` would find, counted without building its spans.
  const roles = new Set<IndicatorRole>();
  let levelOrValue = false;
  for (const cell of row.at) {
    const role = cell === null ? null : roleInKey(cell.key, INDICATOR_ROLE_SYNONYMS);
    if (role === null) continue;
    roles.add(role);
    levelOrValue ||= LEVEL_OR_VALUE_ROLES.includes(role);
  }
  return roles.size >= 2 && levelOrValue;
}

const isHeaderCell = (key: string): boolean =>
  key !== '' && (key.length <= 6 || [...key].length <= 6) && (roleInKey(key, INDICATOR_ROLE_SYNONYMS) !== null || INDICATOR_HEADER_TAILS.some((tail) => key.startsWith(tail)));

/** A line of a header split over two lines (`一级|二级|…` above, `指标|指标|…` below): header cells, no scores. */
export const isHeaderPart = (row: DenseRow): boolean => row.at.some((cell) => isHeaderCell(cell?.key ?? '')) && locateScores(row.cells, NO_COLUMNS) === null;

const NO_COLUMNS: IndicatorColumns = new Map();

/**
 * Column roles of a header block: each column's texts over the block's rows, joined. A header that
 * names 二级指标 twice holds two tables side by side, the mid-term indicators and then the year's
 * (`一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值`): the year's half is read,
 * under the one 一级指标 column.
 */
export function readIndicatorColumns(rows: readonly DenseRow[]): IndicatorColumns {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, col) => rows.map((row) => row.at[col]?.key ?? '').join(''));
  const roles = columns.map((key) => roleInKey(key, INDICATOR_ROLE_SYNONYMS));
  const secondHalf = roles.findIndex((role, col) => role === 'level2' && roles.indexOf('level2') < col);
  if (secondHalf < 0) return withAdjustedTarget(columns, columnRoles(columns, INDICATOR_ROLE_SYNONYMS, ASIDE_INDICATOR_LABELS));
  const annual = [...columnRoles(columns.slice(secondHalf), INDICATOR_ROLE_SYNONYMS, ASIDE_INDICATOR_LABELS)].map(([role, span]) => [role, { first: span.first + secondHalf, last: span.last + secondHalf }] as const);
  return withAdjustedTarget(columns, new Map([...columnRoles(columns.slice(0, secondHalf), INDICATOR_ROLE_SYNONYMS, ASIDE_INDICATOR_LABELS), ...annual]));
}

/**
 * A target printed after its earlier values (`年初指标值 | 调整后指标值`, `指标值: 前年 | 上年 | 预计当年实现`: one span holds
 * them, as the columns that name the target again or nothing continue it): the later column is the target, the columns
 * before it the earlier values (`priorTarget`, not read).
 */
function withAdjustedTarget(columns: readonly string[], roles: IndicatorColumns): IndicatorColumns {
  const target = roles.get('target');
  if (target === undefined) return roles;
  for (let col = target.last; col > target.first; col--) {
    if (keyMatches(columns[col] ?? '', LATER_TARGET_LABELS)) {
      roles.set('priorTarget', { first: target.first, last: col - 1 });
      roles.set('target', { first: col, last: target.last });
      break;
    }
  }
  return roles;
}

/** A row's text at a column; null where the header has no such column. */
const textAt = (row: DenseRow, col: number | undefined): string | null => (col === undefined || col < 0 ? null : (row.cells[col] ?? ''));

/** How well data rows sit under columns: 一级/二级 cells that are labels or blank, 分值/得分 cells that are numbers. */
function fitScore(columns: IndicatorColumns, rows: readonly DenseRow[]): number {
  let score = 0;
  const level1Col = columns.get('level1')?.first;
  const level2Col = columns.get('level2')?.first;
  const weightCol = columns.get('weight')?.first;
  const scoreCol = columns.get('score')?.first;
  for (const row of rows) {
    const level1 = textAt(row, level1Col);
    const level2 = textAt(row, level2Col);
    const weight = textAt(row, weightCol);
    const scoreCell = textAt(row, scoreCol);
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
