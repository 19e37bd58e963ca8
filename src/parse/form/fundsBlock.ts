/**
 * The funds block of a self-evaluation: the header row naming the columns (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分 — by their roles, in whatever order the template puts them), the
 * 年度资金总额 row read by those columns, and the rows below it (其中 财政拨款, 上年结转, 其他资金).
 */
import { amountUnitOf, decimals, isColumnNote, isNumber } from '../cellText';
import type { Cell, FundsRow } from '../forms';
import { ADJUSTED_BUDGET_LABELS, BUDGET_COLUMNS, BUDGET_SUB_COLUMN_LABELS, FUNDS_COLUMN_ROLES, FUNDS_ROW_LABEL_HEADERS, FUNDS_ROW_LABELS, keyMatches, roleOfKey, UNADJUSTED_BUDGET_LABELS } from '../labels';
import { type Row, type RowCell, filledCells, rowWidth } from '../row';
import { denseRow } from './denseRow';
import { solveFunds, type Figure } from './fundsSolver';
import { FUNDS_AMOUNT_ROLES, FUNDS_DETAIL_LABELS, FUNDS_ROLE_SYNONYMS, FUNDS_TOTAL_LABELS, type FundsRole, type Span, columnRoles, keysByColumn, rowHasLabel, rowKey } from './rowLabels';
import { parseAmount } from '../../normalize/amount';
import { parseRateAgainst } from '../../normalize/rate';

export interface FundsHeader {
  /** Each role's columns: its own, and the unlabelled ones to its right. */
  readonly spans: Map<FundsRole, Span>;
  /** The roles in column order. */
  readonly order: readonly FundsRole[];
  /** The header states its amounts in 元 (`项目资金（元）`, `年初预算数（元）`). */
  readonly yuan: boolean;
  /** The header row also holds the 年度资金总额 label (a page that moved it there): the next row of figures is its row. */
  readonly totalLabel: boolean;
  /**
   * The header was printed over several lines whose cells are not in columns (see `withHeaderLines`): its
   * roles are in the template's order and the 年度资金总额 row is read by order and arithmetic.
   */
  readonly stacked?: true;
  /** Where the header names the column of the rows' labels (`资金来源`): the cell after which the rows' figures stand. */
  readonly rowLabelEnd?: number;
}

const YUAN = /\((?:单位:)?元\)|单位:元|金额单位:元/u;

/** A cell stating that the form's amounts are in 元 (`项目资金（元）`, `金额单位：元`). */
export const statesYuan = (key: string): boolean => YUAN.test(key) && !key.includes('万元');

/** Spans of roles found cell by cell: a role runs from its cell to the next labelled one. */
function spansOf(roles: readonly { role: FundsRole; col: number }[], width: number): Map<FundsRole, Span> {
  const spans = new Map<FundsRole, Span>();
  roles.forEach(({ role, col }, i) => spans.set(role, { first: col, last: (roles[i + 1]?.col ?? width) - 1 }));
  return spans;
}

/** A header naming an adjusted budget column and no initial one: a bare 预算数 beside it is the initial budget. */
const namesAdjustedBudgetOnly = (row: Row): boolean =>
  row.cells.some((cell) => keyMatches(cell.key, ADJUSTED_BUDGET_LABELS)) && !row.cells.some((cell) => roleOfKey(cell.key, FUNDS_COLUMN_ROLES) === 'budgetInitial');

/**
 * A funds header row: names a budget column and at least one more funds column. Labels are read
 * cell by cell first (`年度预算数（万元）` is the block's label, not a column); a row whose labels
 * OCR split over cells is read by the roles its cells contain.
 */
export function readFundsHeader(row: Row): FundsHeader | null {
  const exact: { role: FundsRole; col: number }[] = [];
  const unadjustedIsInitial = namesAdjustedBudgetOnly(row);
  for (const cell of row.cells) {
    const role = unadjustedIsInitial && keyMatches(cell.key, UNADJUSTED_BUDGET_LABELS) ? 'budgetInitial' : roleOfKey(cell.key, FUNDS_COLUMN_ROLES);
    if (role !== null && !exact.some((found) => found.role === role)) exact.push({ role, col: cell.col });
  }
  // Every column's label with its figure right after it (`预算数 | 1450.00 | 全年执行数 | 1382.40`): label → value pairs, no header.
  if (exact.length >= 2 && labelsPairedWithFigures(row, exact)) return null;
  const width = rowWidth(row);
  let spans: Map<FundsRole, Span>;
  if (exact.length >= 2 && exact.some(({ role }) => BUDGET_COLUMNS.includes(role))) {
    spans = spansOf(exact, width);
  } else {
    // OCR split labels over cells: the row's text names budget columns (年初预算数, 全年执行…) or is no funds header.
    if (!/预算|执行/.test(rowKey(row))) return null;
    spans = columnRoles(keysByColumn(row), FUNDS_ROLE_SYNONYMS);
    if (spans.size < 2 || !FUNDS_AMOUNT_ROLES.some((role) => spans.has(role))) return null;
  }
  const order = [...spans.entries()].sort((a, b) => a[1].first - b[1].first).map(([role]) => role);
  const yuan = row.cells.some((cell) => statesYuan(cell.key));
  const totalLabel = row.cells.some((cell) => roleOfKey(cell.key, FUNDS_ROW_LABELS) === 'total');
  const first = Math.min(...[...spans.values()].map((span) => span.first));
  const rowLabel = row.cells.find((cell) => cell.col < first && keyMatches(cell.key, FUNDS_ROW_LABEL_HEADERS));
  return { spans, order, yuan, totalLabel, ...(rowLabel ? { rowLabelEnd: rowLabel.col + rowLabel.span } : {}) };
}

/** Whether each column label found in the row has a figure as the next filled cell after it. */
function labelsPairedWithFigures(row: Row, labels: readonly { col: number }[]): boolean {
  const filled = filledCells(row);
  return labels.every(({ col }) => {
    const next = filled[filled.findIndex((cell) => cell.col === col) + 1];
    return next !== undefined && isNumber(next.text);
  });
}

/** The header read by order and arithmetic (`stacked`): its columns in this order, one after another. */
function stackedHeader(header: FundsHeader, order: readonly FundsRole[]): FundsHeader {
  return { ...header, order, spans: spansOf(order.map((role, col) => ({ role, col })), order.length), stacked: true };
}

/** The funds columns in the template's order (财政部's 项目支出绩效自评表). */
const TEMPLATE_ORDER: readonly FundsRole[] = ['budgetInitial', 'budgetFullYear', 'executed', 'weight', 'rate', 'score', 'note'];

/** A further line of a funds header: every cell a funds column's label or its note (`年初预算数 | 分值 | 得分`, `（A） | （B） | （B/A）`). */
export function isFundsHeaderLine(row: Row): boolean {
  const filled = filledCells(row);
  return filled.length > 0 && filled.every((cell) => isColumnNote(cell.key) || roleOfKey(cell.key, FUNDS_COLUMN_ROLES) !== null);
}

/**
 * A funds header printed over several lines whose row the text lost (a PDF table without ruling
 * lines: the two-line labels' first lines on one line, `全年预算数 | 全年执行数 | 执行率`, the one-line
 * labels centred on the next, `年初预算数 | 分值 | 得分`). Each line's cells are numbered from its own
 * left, so where its columns stand is unknown: when the further lines name roles the first does
 * not, the header takes all of them in the template's order and is marked `stacked`. Otherwise
 * the header as it was (null: the lines add nothing).
 */
export function withHeaderLines(header: FundsHeader, lines: readonly Row[]): FundsHeader | null {
  const roles = new Set<FundsRole>(header.order);
  for (const line of lines) for (const cell of line.cells) {
    const role = roleOfKey(cell.key, FUNDS_COLUMN_ROLES);
    if (role !== null) roles.add(role);
  }
  if (roles.size === header.order.length) return null;
  const order = TEMPLATE_ORDER.filter((role) => roles.has(role));
  return stackedHeader(header, order);
}

/**
 * A funds header whose first columns' labels were printed before it, each as a label → value pair (`年初预算 数 | 0`, then
 * `全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`: a sheet flattened out of reading order split its header): those columns
 * are the header's own, before its others in the template's order. Where they stand is unknown, so the header is read by
 * order and arithmetic (`stacked`). Null when the pairs name no column the header lacks on its left.
 */
export function withLeadingColumns(header: FundsHeader, paired: readonly FundsRole[]): FundsHeader | null {
  const first = Math.min(...header.order.map((role) => TEMPLATE_ORDER.indexOf(role)).filter((at) => at >= 0));
  const leading = TEMPLATE_ORDER.filter((role, at) => at < first && paired.includes(role));
  if (leading.length === 0) return null;
  const order = [...leading, ...header.order];
  return stackedHeader(header, order);
}

/**
 * The header narrowed by its second line where a budget label spans sub-columns (`年初预算数` over `目标申报数 |
 * 预算编制数`, a Word or Excel table's merged header; a text's rows lose where the sub-columns stand): the budget's
 * figure is in the sub-column named a budget (`BUDGET_SUB_COLUMN_LABELS`), not the first one of its span. Null when
 * the row is no such line (it holds figures, or names no budget sub-column under a span of several columns).
 */
export function withSubColumns(header: FundsHeader, row: Row): FundsHeader | null {
  if (header.stacked || row.flow) return null;
  const filled = filledCells(row);
  if (filled.length === 0 || filled.some((cell) => /\d/.test(cell.text))) return null;
  let spans: Map<FundsRole, Span> | null = null;
  for (const [role, span] of header.spans) {
    if (!FUNDS_AMOUNT_ROLES.includes(role) || span.last <= span.first) continue;
    const named = filled.find((cell) => cell.col >= span.first && cell.col + cell.span - 1 <= span.last && keyMatches(cell.key, BUDGET_SUB_COLUMN_LABELS));
    if (named === undefined) continue;
    spans ??= new Map(header.spans);
    spans.set(role, { first: named.col, last: named.col + named.span - 1 });
  }
  return spans === null ? null : { ...header, spans };
}

/** The header without some of its columns (their figures found elsewhere): the row is read by order and arithmetic. */
export function withoutColumns(header: FundsHeader, roles: readonly FundsRole[]): FundsHeader {
  const order = header.order.filter((role) => !roles.includes(role));
  return stackedHeader(header, order);
}

/** The unit a row states for the amounts (`（万元）`, `单位：元`, `金额单位:万元`), when that is all it holds. */
export function unitNote(row: Row): '万元' | '元' | null {
  const filled = filledCells(row);
  return filled.length === 1 ? amountUnitOf(filled[0]!.key) : null;
}

/** The 年度资金总额 row: its label as a cell of its own, or (OCR) within the row's text. */
export const isFundsTotalRow = (row: Row): boolean =>
  row.cells.some((cell) => roleOfKey(cell.key, FUNDS_ROW_LABELS) === 'total') || rowHasLabel(row, FUNDS_TOTAL_LABELS);

/** Other rows of the funds block (其中 财政拨款, 上年结转, 其他资金): structure only. */
export const isFundsDetailRow = (row: Row): boolean =>
  row.cells.some((cell) => roleOfKey(cell.key, FUNDS_ROW_LABELS) !== null) || rowHasLabel(row, FUNDS_DETAIL_LABELS) || row.cells.filter((cell) => isNumber(cell.text)).length >= 3;

const EMPTY_FUNDS: FundsRow = { budgetInitial: null, budgetFullYear: null, executed: null, weight: null, rate: null, score: null };

export const emptyFunds = (): FundsRow => ({ ...EMPTY_FUNDS });

type FundsField = keyof FundsRow;
const FIELDS: readonly FundsField[] = ['budgetInitial', 'budgetFullYear', 'executed', 'weight', 'rate', 'score'];
const isField = (role: FundsRole): role is FundsField => (FIELDS as readonly string[]).includes(role);

/** The rate a funds row prints, as a fraction, and the one its amounts give. */
function rates(funds: FundsRow): { printed: number | null; computed: number | null } {
  const number = (cell: Cell | null): number | null => {
    const text = cell?.text.replace(/[,\s]/g, '') ?? '';
    return /^\d+(?:\.\d+)?%?$/.test(text) ? Number(text.replace('%', '')) : null;
  };
  // An amount printed with its unit (`280.17万元`) is an amount too.
  const amount = (cell: Cell | null): number | null => number(cell) ?? (cell === null ? null : parseAmount(cell.text));
  const full = amount(funds.budgetFullYear);
  const executed = amount(funds.executed);
  const computed = full !== null && executed !== null && full > 0 ? executed / full : null;
  // The printed rate as the record will read it: a bare `0.9339` is a fraction when the amounts say so.
  return { printed: number(funds.rate) === null ? null : parseRateAgainst(funds.rate!.text.replace(/[,\s]/g, ''), computed), computed };
}

/**
 * The cells after the row's label, in order (blank ones too where the row shows them); in a row
 * whose figures come first (its label printed after them, or on the header row), the cells before
 * the next label.
 */
function valueCells(row: Row): RowCell[] {
  const labelIndex = row.cells.findIndex((cell) => roleOfKey(cell.key, FUNDS_ROW_LABELS) !== null);
  const firstFilled = row.cells.findIndex((cell) => cell.text !== '');
  if (labelIndex > firstFilled && firstFilled >= 0 && /^[\d,.]/.test(row.cells[firstFilled]!.text)) return row.cells.slice(0, labelIndex);
  return row.cells.slice(labelIndex + 1);
}

/**
 * A figure with a measure word, counting something other than money (`800亩,亩产干果…`, a goal's text run together by
 * OCR after its 合计): no funds figure. (Figures run into other words, `3.843.84120度效标…`, are still read.)
 */
const COUNT_OF_THINGS = /^[\d,.]+(?:亩|株|人|个|公斤|斤|吨|户|座|次|件|项|台|套|所|处|公里|米|头|只|张|份|辆|家|名)/u;

/** Figures of the cells: each cell's words (`650 650 618.8` in one cell of flattened text). */
function figures(cells: readonly RowCell[], blanksVisible: boolean): Figure<RowCell>[] {
  return cells.flatMap((cell) => {
    if (cell.text === '') return blanksVisible ? [{ text: '', source: cell }] : [];
    // `12万11.6万96.67%` (`12萬…` read in simplified characters): a 万 after a figure (the block's own unit) ends it.
    return cell.plain
      .replace(/(?<=\d)万(?:元)?/gu, ' ')
      .split(/\s+/u)
      .filter((text) => text !== '' && !COUNT_OF_THINGS.test(text))
      .map((text) => ({ text, source: cell }));
  });
}

/**
 * Funds read in order (as many figures as columns), or by the solver (order and arithmetic: `bySolver`, blanks the text dropped
 * or figures run together); null when no reading fits.
 */
function solved(row: Row, header: FundsHeader, blanksVisible: boolean): { funds: FundsRow; bySolver: boolean } | null {
  const roles = header.order.filter((role) => role !== 'note');
  const tokens = figures(valueCells(row), blanksVisible);
  // As many figures as columns, in order (a note after them): the columns themselves say which is which.
  const leading = tokens.findIndex((token) => !/^[\d,.%\-—/]*$/.test(token.text));
  const direct = (leading < 0 ? tokens.length : leading) === roles.length;
  const assignment = direct ? new Map(roles.map((role, i) => [role, tokens[i]!] as const)) : solveFunds(roles, tokens);
  if (assignment === null) return null;
  const funds = emptyFunds();
  for (const [role, figure] of assignment) {
    if (isField(role) && figure.text !== '' && !/^[-—/]+$/.test(figure.text)) funds[role] = { text: figure.text, line: figure.source.line };
  }
  return { funds, bySolver: !direct };
}

/**
 * Columns the header row lacks on its left: the block's label (`资金投入情况（万元）`), merged down
 * beside the header and the rows, printed once on a line of its own, so the header starts where
 * the rows' labels stand. The rows' figures then start one column further right than the header says.
 */
function headerShift(row: Row, header: FundsHeader): number {
  const label = fundsRowLabel(row);
  // The header names the rows' label column (`… | 资金来源 | 年初预算数 | …`): the figures stand as far after the row's label as
  // the columns stand after that header cell (left of it when the block's label, merged down, is a cell of the header row only).
  if (label !== undefined && header.rowLabelEnd !== undefined) return label.col + label.span - header.rowLabelEnd;
  const first = firstColumn(header);
  return label !== undefined && label.col >= first ? label.col + label.span - first : 0;
}

/**
 * The shift that reads a row whose first cell, the block's label merged down beside the rows, a flattened page dropped: the
 * figures right after the row's label, under a header whose first columns are that label and a blank. Null where the row
 * does not stand so (its label at or right of the figures' columns, or a blank after it).
 */
function mergedLabelShift(row: Row, header: FundsHeader): number | null {
  const label = fundsRowLabel(row);
  const first = firstColumn(header);
  if (label === undefined || header.rowLabelEnd !== undefined || label.col + label.span >= first) return null;
  const after = row.cells.find((cell) => cell.col === label.col + label.span);
  return after !== undefined && isNumber(after.text) ? label.col + label.span - first : null;
}

/**
 * The row read by the header's columns, shifted by `shift`. A role spans its column and the unlabelled columns to its right,
 * its value the first cell there; an amount printed with fewer decimals than the row's other amounts and continued by digits
 * in the next cell of its span (`3,232.7|4`) was split by OCR and is joined (warning `amount_split_joined`).
 */
function byColumns(row: Row, header: FundsHeader, shift: number): { funds: FundsRow; warnings: string[] } {
  const warnings: string[] = [];
  const dense = denseRow(row);
  const funds = emptyFunds();
  const amountDecimals = FUNDS_AMOUNT_ROLES.flatMap((role) => {
    const first = header.spans.get(role)?.first;
    const text = first === undefined ? '' : (dense.cells[first + shift] ?? '');
    return isNumber(text) ? [decimals(text)] : [];
  });
  const usualDecimals = Math.max(0, ...amountDecimals);
  for (const [role, span] of header.spans) {
    if (!isField(role)) continue;
    const spanCells = dense.cells.slice(span.first + shift, span.last + shift + 1);
    const index = spanCells.findIndex((cell) => cell !== '');
    if (index < 0) continue;
    let text = spanCells[index]!;
    const next = spanCells[index + 1];
    if (FUNDS_AMOUNT_ROLES.includes(role) && isNumber(text) && text.includes('.') && decimals(text) < usualDecimals && next !== undefined && /^\d+$/.test(next)) {
      text += next;
      warnings.push('amount_split_joined');
    }
    funds[role] = { text, line: dense.at[span.first + shift + index]?.line ?? row.line };
  }
  return { funds, warnings };
}

/** The cell of a funds row that names it (年度资金总额, 其中：财政拨款…). */
const fundsRowLabel = (row: Row): RowCell | undefined => row.cells.find((cell) => roleOfKey(cell.key, FUNDS_ROW_LABELS) !== null);

/** The header's first column of figures. */
const firstColumn = (header: FundsHeader): number => Math.min(...[...header.spans.values()].map((span) => span.first));

/**
 * The 年度资金总额 row read by the header's columns (`byColumns`); a row that lost its first cell, the block's label merged
 * down beside it, read from right after its label where its rate confirms that (`mergedLabelShift`). A row whose blanks the
 * text dropped, or whose figures ran together, or whose columns give a rate the amounts contradict, is read by the solver
 * (warning `funds_columns_solved`).
 */
export function readFundsTotal(row: Row, header: FundsHeader, blanksVisible: boolean): { funds: FundsRow; warnings: string[] } {
  const warnings: string[] = [];
  if (!row.flow && !header.stacked) {
    const shift = headerShift(row, header);
    const { funds, warnings: columnWarnings } = byColumns(row, header, shift);
    warnings.push(...columnWarnings);
    const { printed, computed } = rates(funds);
    const readsAmounts = FUNDS_AMOUNT_ROLES.some((role) => isField(role) && funds[role] !== null && (isNumber(funds[role]!.text.replace('%', '')) || parseAmount(funds[role]!.text) !== null));
    // `部门整体支出总额 | 864.2 | 100% | 20` under 预算数 | 执行数 | 执行率 | 得分, `| 年度资金总额 | 0.00 | 0.00 | 0.00 | 10 | 0.00% | 0`
    // read one column off: a rate in an amount's, the weight's or the score's column shows the row dropped a blank cell,
    // whatever the amounts can check.
    const rateElsewhere = (read: FundsRow): boolean => FIELDS.some((role) => role !== 'rate' && /[%％]$/.test(read[role]?.text ?? ''));
    // `| 年度资金总额 | 280.00 | 300.00 | 280.17` under `项目资金 | | 年初预算数 | 全年预算数 | 全年执行数`: a figure between the row's
    // label and the first column read, left unread while an amount's column reads blank, shows the row dropped a cell before
    // it. (Shanxi's 年初预算数 over 目标申报数 | 预算编制数 leaves its first figure there too, every amount read.)
    const label = fundsRowLabel(row);
    const amountBlank = FUNDS_AMOUNT_ROLES.some((role) => isField(role) && header.spans.has(role) && funds[role] === null);
    const figureSkipped = amountBlank && label !== undefined && denseRow(row).cells.slice(label.col + label.span, firstColumn(header) + shift).some((text) => isNumber(text));
    if (readsAmounts && !rateElsewhere(funds) && !figureSkipped && (printed === null || computed === null || Math.abs(printed - computed) <= 0.006)) return { funds, warnings };
    // The block's label merged down and so dropped from the rows under the header (a flattened page's `| 年度资金总额 | 280.00 |
    // …` under `项目资金 | | 年初预算数 | …`): read from right after the row's label, as printed, where its rate confirms it.
    const merged = mergedLabelShift(row, header);
    if (merged !== null) {
      const again = byColumns(row, header, merged);
      const check = rates(again.funds);
      if (check.printed !== null && check.computed !== null && Math.abs(check.printed - check.computed) <= 0.006 && !rateElsewhere(again.funds)) return { funds: again.funds, warnings: again.warnings };
    }
    const alternative = solved(row, header, blanksVisible)?.funds ?? null;
    if (alternative !== null) {
      const again = rates(alternative);
      // A rate read by the header's columns that its amounts contradict, where the row's own cells in order leave the rate
      // blank (`| 年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | | 9.34` with its first, merged cell dropped): that rate was
      // another column's figure (the score), the columns were misplaced.
      const borrowedRate = printed !== null && computed !== null && again.printed === null && again.computed !== null;
      if (!readsAmounts || (again.printed !== null && again.computed !== null && Math.abs(again.printed - again.computed) <= 0.006) || ((rateElsewhere(funds) || figureSkipped) && !rateElsewhere(alternative)) || borrowedRate) {
        return { funds: alternative, warnings: [...warnings, 'funds_columns_solved'] };
      }
    }
    return { funds, warnings };
  }
  const read = solved(row, header, blanksVisible);
  if (read === null) return { funds: emptyFunds(), warnings: ['funds_row_unreadable'] };
  return { funds: read.funds, warnings: read.bySolver ? [...warnings, 'funds_columns_solved'] : warnings };
}
