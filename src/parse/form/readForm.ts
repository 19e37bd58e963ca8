/**
 * One form's rows → what its table says, block by block in whatever order the template puts them:
 * the head (label → value pairs), the funds block (header + 年度资金总额 row, or label → value pairs
 * in a target table), 年度总体目标, the indicator table, 总分, 评分等级, and the narrative or sign-off
 * after it. Every cell of every row ends consumed or rejected (with its reason) in the ledger.
 */
import type { CellLedger } from '../cellLedger';
import type { Cell, FundsRow, IndicatorRow } from '../forms';
import { HEADER_GROUPS, labelGroup } from '../labelGroups';
import { AGENCY_FIELDS, FUNDS_BLOCK_LABELS, FUNDS_COLUMN_ROLES, FUNDS_ROW_LABELS, FUNDS_SOURCE_LABELS, type FundsRowKind, GOAL_BLOCK_LABELS, HEADER_FIELD_LABELS, type HeaderField, INDICATOR_BLOCK_LABELS, INDICATOR_TABLE_CAPTIONS, type IndicatorColumn, keyMatches, NAME_FIELDS, roleOfKey, SIGN_OFF_LABELS, SIGN_OFF_PREFIXES, startsWithAny } from '../labels';
import { isNarrativeRow, isParagraph, isRuleRow, isSectionHeading, periodHeading } from '../rowClass';
import { isColumnNote, numberValue, startsWithOperatorValue } from '../cellText';
import { simplifiedChars } from '../../normalize/simplifiedChars';
import { type Row, type RowCell, filledCells, rowWidth } from '../row';
import { firstColumnTotal } from './columnTotals';
import { type DenseRow, denseRow } from './denseRow';
import { captionedFundsRow, isFundsCaption } from './fundsCaption';
import { type FundsHeader, emptyFunds, isFundsDetailRow, isFundsHeaderLine, isFundsTotalRow, readFundsHeader, readFundsTotal, statesYuan, unitNote, withHeaderLines, withLeadingColumns, withSubColumns, withoutColumns } from './fundsBlock';
import { type GoalHeader, readGoal, readGoalHeader } from './goalBlock';
import { isGradeRow, isLoneGrade, readGrade } from './gradeRow';
import { isLabelPiece, isProjectNameTail, isProjectRow, isSecondLevelProjectRow, readHeadRow } from './headFields';
import { fitColumns, isHeaderPart, isIndicatorHeaderRow, readIndicatorColumns } from './indicatorHeader';
import { readIndicatorTable } from './indicatorTable';
import { coverYear, headParagraphCells, statedTotal } from './reportParagraphs';
import { rateFromStrayPercent, rateWeightScore, strayExecution, totalFromScoreRun } from './strayFigures';
import { BUDGET_UNIT_LABELS, DEPARTMENT_LABELS, findAtStart, findRowLabel, GRADE_LABELS, type IndicatorColumns, PROJECT_LABELS, TOTAL_LABELS, UNIT_LABELS } from './rowLabels';
import { figureAfterTotalLabel, isLoneTotalCell } from './totalRow';

/** Everything a form's table says, before it is shaped into a self-evaluation or a target table. */
export interface FormBody {
  fields: Partial<Record<HeaderField, Cell>>;
  /** Empty cells between the 项目名称 label and the name, in a head read from its text (OCR). */
  projectGap: number | null;
  /** The 年度资金总额 row read through the funds columns (self-evaluations); null without one. */
  funds: FundsRow | null;
  hasFundsHeader: boolean;
  /** The funds header states its amounts in 元. */
  amountsInYuan: boolean;
  /** Funds given as label → value pairs (target tables). */
  fundsByLabel: Partial<Record<FundsRowKind, Cell>>;
  /** 年度目标 given as a label → value pair (target tables). */
  goal: Cell | null;
  goalExpected: Cell | null;
  goalActual: Cell | null;
  indicatorColumns: Set<IndicatorColumn>;
  indicators: IndicatorRow[];
  totalWeight: Cell | null;
  totalScore: Cell | null;
  grade: Cell | null;
  warnings: string[];
}

/** A label and its figure in one cell's key: `年度资金总额:50万`. */
const LABEL_AND_FIGURE = /^([^\d:]{2,20}):([\d,.]+(?:万元|万|元)?)$/u;

/**
 * A row of a department's funds breakdown under its 年度资金总额 row, each cell a label and its figure
 * (`按收入性质分：1386.20 | 按支出性质分：1331.48`, `其中：一般公共预算财政拨款：1248.70 | 其中：基本支出：876.35`).
 */
const isBreakdownRow = (row: Row): boolean => {
  const filled = filledCells(row);
  return filled.length > 0 && filled.every((cell) => /^[^\d]{2,30}:[\d,.]+(?:万元|万|元)?$/u.test(cell.key));
};

/**
 * A table row of the money by sources the form model has no place for (`本级 | 1,260,000.00`, `政府性基金 | 0.00`, a mid-term
 * and an annual half side by side: `单位自筹 | 0.00 | 单位自筹 | 0.00`): its labels and figures only, read as structure.
 */
function isFundSourceRow(row: Row): boolean {
  if (row.table === null || row.flow) return false;
  const filled = filledCells(row);
  const isSource = (cell: RowCell) => keyMatches(cell.key, FUNDS_SOURCE_LABELS);
  return filled.some(isSource) && filled.every((cell) => isSource(cell) || FIGURE_CELL.test(cell.plain.replace(/\s+/g, '')));
}

/** A funds row's figures after an OCR speck, run into the next label: `O76%107.6当年绩效目标` → `76%107.6`. */
const OCR_SPECKED_FIGURES = /^[A-Za-z]{1,2}(\d[\d.,]*%[\d.,]+)(?=[\u4e00-\u9fff]|$)/u;

/** A figure cell: `397`, `1,234.50`, `164万元`. */
const FIGURE_CELL = /^[\d,.]+(?:万元|元)?$/;

type Mode = 'head' | 'funds' | 'goal' | 'indicators' | 'afterTotal' | 'afterGrade' | 'narrative' | 'otherPeriod';

/** A lone caption of an indicator table: the year's or another period's (INDICATOR_TABLE_CAPTIONS). */
function indicatorCaption(row: Row): 'otherPeriod' | 'year' | null {
  const heading = periodHeading(row);
  if (heading !== null) return heading;
  const filled = filledCells(row);
  const key = filled[0]?.key ?? '';
  // Another period's block label beside its table's header captions that table.
  if (filled.length > 1) return keyMatches(key, INDICATOR_TABLE_CAPTIONS.otherPeriodBlock) && isIndicatorHeaderRow(denseRow(row)) ? 'otherPeriod' : null;
  return keyMatches(key, INDICATOR_TABLE_CAPTIONS.otherPeriod) ? 'otherPeriod' : keyMatches(key, INDICATOR_TABLE_CAPTIONS.year) ? 'year' : null;
}

/** An indicator header beside the indicator block's label (`年度绩效指标 | 一级指标 | …`): after another period's table, the year's. */
const isBlockHeader = (row: Row): boolean => startsWith(row, INDICATOR_BLOCK_LABELS) && isIndicatorHeaderRow(denseRow(row));

const firstFilled = (row: Row) => row.cells.find((cell) => cell.text !== '');

/**
 * A head label under the indicator table or its total: the form's sign-off (`联系人： | 周敏 | 联系电话： | …`; `填报人： | 张三 |
 * 联系电话： | …` when a flow cut the line at its labels).
 */
const isSignOff = (row: Row): boolean => {
  const first = firstFilled(row);
  return first !== undefined && (startsWith(row, SIGN_OFF_LABELS) || roleOfKey(first.key, HEADER_FIELD_LABELS) === 'responsible');
};

/**
 * A row holding a target's or an actual's value (`≥32公里`, `100%`): an indicator's, however many header words its other cells
 * hold (a note `按实际完成计` holds 实际完成), no line of the header.
 */
const holdsTargetValue = (row: Row): boolean => row.cells.some((cell) => startsWithOperatorValue(cell.text) || /^\d+(?:\.\d+)?\s*[%％]$/.test(cell.text.trim()));

/** A row of one cell of text (no label, no figure): a goal's next line where a goal's row came just before. */
const goesOnWithGoal = (row: Row): boolean => {
  const filled = filledCells(row);
  return filled.length === 1 && labelGroup(filled[0]!.key) === null && !FIGURE_CELL.test(filled[0]!.plain);
};

/** A lone cell's text without the `|` a flattened page's one-cell row keeps before it (`| 目标2：…`). */
const lineText = (cell: RowCell): string => cell.text.replace(/^\s*[|｜]\s*/u, '').trim();

/** A header's line of column letters (`| | | | （A） | （B） | | |` under 年度指标值 | 实际完成值). */
const isColumnNotesRow = (row: Row): boolean => {
  const filled = filledCells(row);
  return filled.length > 0 && filled.every((cell) => isColumnNote(cell.key));
};

/** A row whose first cell is (or OCR'd text starts with) one of the labels. */
function startsWith(row: Row, labels: readonly string[]): boolean {
  const first = firstFilled(row);
  return first !== undefined && findAtStart(first.key, labels) !== null;
}

/**
 * A 总分 row: a cell of it is the label (OCR may leave specks before it: `• | 总分 | 100.00 | 99.96`);
 * a name that merely contains 合计 is no such cell.
 */
function isTotalRow(row: Row): boolean {
  // A cell's key is part of the row's key: a row whose key holds no 总分 label has no such cell.
  if (findRowLabel(row, TOTAL_LABELS) === null) return false;
  let label = false;
  let headerLabels = 0;
  for (const cell of row.cells) {
    if (cell.text === '') continue;
    const match = findAtStart(cell.key, TOTAL_LABELS);
    // `总分(100分)`: the label with its points noted after it; `自评得分：97.34分`: with its figure.
    if (match !== null && (cell.key.replace(/\([^()]*\)$/, '').length <= match.end + 3 || figureAfterTotalLabel(cell.key) !== null)) label = true;
    else if (HEADER_GROUPS.has(labelGroup(cell.key) as never)) headerLabels += 1;
  }
  // A header row naming a 自评得分 column among its others is no 总分 row.
  return label && headerLabels < 2;
}
/** 总分 labels that only a score total carries (a funds block may have its own 合计 row). */
const SCORE_TOTAL_LABELS = TOTAL_LABELS.filter((label) => label !== '合计' && label !== '总计');
/** 合计 and 总计: the labels a total of amounts shares with a score total. */
const AMOUNT_TOTAL_LABELS = TOTAL_LABELS.filter((label) => label === '合计' || label === '总计');

const isGradeStart = (row: Row): boolean => startsWith(row, GRADE_LABELS) || (isGradeRow(row) && filledCells(row).length <= 4);

/**
 * The last cell of a head row (`省级主管部门 | 四川省市场监管局 | 100`) when it is a bare score beside another field's
 * value: the figure of a label printed on the row above, its cell merged over both rows.
 */
function spannedFigure(row: Row): RowCell | null {
  const filled = filledCells(row);
  const last = filled[filled.length - 1];
  const value = last ? numberValue(last.text) : null;
  if (!last || value === null || value > 100 || !/^\d+(?:\.\d+)?$/.test(last.text.trim()) || filled.length < 3) return null;
  const labels = filled.filter((cell) => roleOfKey(cell.key, HEADER_FIELD_LABELS) !== null);
  const before = filled[filled.length - 2]!;
  return labels.length > 0 && roleOfKey(before.key, HEADER_FIELD_LABELS) === null && numberValue(before.text) === null ? last : null;
}

/**
 * The first figure after a 合计 row's label (`合计 | 43835.6 100% 37690 …`) when the form gave its money only by parts
 * (`财政拨款 | 38615.42`, no 年度资金总额) and the figure is at least their sum: their total. Null otherwise.
 */
function totalOfParts(row: Row, body: FormBody): Cell | null {
  const { total, fiscal, carryOver, other } = body.fundsByLabel;
  const parts = [fiscal, carryOver, other].flatMap((cell) => (cell ? [numberValue(cell.text)] : [])).filter((value) => value !== null);
  const value = filledCells(row)[1];
  const figure = value?.text.trim().split(/\s+/u)[0] ?? '';
  const amount = numberValue(figure);
  if (total !== undefined || parts.length === 0 || amount === null || amount < parts.reduce((sum, part) => sum + part, 0)) return null;
  return { text: figure, line: value!.line };
}

/**
 * A target table's money only as the 合计 of a cost table run together with its other columns (`合计 | 685644.76669.9…`):
 * the 合计's first figure, cut where its figures are the sums of the columns in the rows of figures right above it. Null for
 * a form without a project, with an amount already, or when no single cut fits.
 */
function runTogetherTotal(rows: readonly Row[], index: number, body: FormBody): Cell | null {
  const value = filledCells(rows[index]!)[1];
  if (!value || body.fields.project === undefined || body.fundsByLabel.total !== undefined) return null;
  const above: string[] = [];
  for (let at = index - 1; at >= 0 && /\d/.test(rows[at]!.cells.map((cell) => cell.text).join('')); at--) above.unshift(...rows[at]!.cells.map((cell) => cell.text));
  const figure = firstColumnTotal(value.text.trim(), above);
  return figure === null ? null : { text: figure, line: value.line };
}

/**
 * A 合计 row right under the money's total label printed without a figure, heading a table of the money by source
 * (`资金总额 | 资金来源 | 金额(元)`, then `合计 | 1,860,000.00`: Guangxi's target table): the 合计's first figure is that total.
 * Null when the row above is no such label row, or the total is known.
 */
function totalUnderItsLabel(row: Row, above: Row | undefined, body: FormBody): Cell | null {
  if (above === undefined || body.fundsByLabel.total !== undefined || !isFundsTotalRow(above) || above.cells.some((cell) => /\d/.test(cell.text))) return null;
  const value = leadingFigureCells(row)[0];
  return value === undefined ? null : { text: value.text.trim().split(/\s+/u)[0]!, line: value.line };
}

/**
 * A 合计 right after the funds block's label, which is merged down beside the money's rows (Guangxi's 部门整体 申报表:
 * `部门预算安排资金（元） | 合计 | 486352000.00`, then `其中：一般公共预算拨款 | …`): its figure is the money's total, no score.
 */
function totalAfterBlockLabel(row: Row): Cell | null {
  const [block, label, value] = filledCells(row);
  if (!block || !label || !value || !keyMatches(block.key, FUNDS_BLOCK_LABELS) || !keyMatches(label.key, AMOUNT_TOTAL_LABELS)) return null;
  const figure = value.text.trim().split(/\s+/u)[0]!;
  return numberValue(figure) === null ? null : { text: figure, line: value.line };
}

/** The cells of plain figures right after a row's label (`合 计 | 40 40 | 区级资金 …` → `40 40`). */
function leadingFigureCells(row: Row): RowCell[] {
  const filled = filledCells(row).slice(1);
  const end = filled.findIndex((cell) => !/^[\d,.]+(?:\s+[\d,.]+)*$/.test(cell.text.trim()));
  return end < 0 ? filled : filled.slice(0, end);
}

/**
 * The figures of a row that is one cell of one or two figures (`6.84`, `6.84 100.00`): the value of a label that ended the
 * row above, and after 执行数 the 预算执行进度 the template prints beside it. Null for any other row.
 */
function loneFigures(row: Row | undefined): { figures: string[]; line: number } | null {
  const filled = row ? filledCells(row) : [];
  if (filled.length !== 1) return null;
  const figures = filled[0]!.text.trim().split(/\s+/u);
  return figures.length <= 2 && figures.every((token) => FIGURE_CELL.test(simplifiedChars(token))) ? { figures, line: filled[0]!.line } : null;
}

/** An amount run into the text after it (`78.30其中:中央财政…`, the 其中 rows' labels run on): the figure, with its decimals. */
const FIGURE_RUN_ON = /^(\d[\d,]*\.\d+)(?=[\u4e00-\u9fff])/u;

/** The amount opening a row, run into its text: the value of a funds label that ended the row above (`实际使用情况(万元)`). */
function runOnFigure(row: Row): { figures: string[]; line: number } | null {
  const first = firstFilled(row);
  const figure = first ? FIGURE_RUN_ON.exec(first.text.trim())?.[1] : undefined;
  return figure === undefined ? null : { figures: [figure], line: first!.line };
}

/** Whether a printed rate is the funds' executed ÷ full-year budget (to a hundredth of a percent). */
function rateFits(funds: Partial<FundsRow>, rate: string): boolean {
  const budget = numberValue(funds.budgetFullYear?.text ?? '');
  const executed = numberValue(funds.executed?.text ?? '');
  return budget !== null && executed !== null && budget > 0 && Math.abs(Number(rate) - (100 * executed) / budget) <= 0.01;
}

/** A row below the funds block that opens with the 主管部门 or 实施单位 label the head has not given yet. */
function isLateHeadRow(row: Row, body: FormBody): boolean {
  const first = firstFilled(row);
  if (!first) return false;
  const field = roleOfKey(first.key, HEADER_FIELD_LABELS);
  return field !== null && AGENCY_FIELDS.has(field) && body.fields[field] === undefined;
}

/**
 * Whether a row opens with the value of a name's label printed alone on the row before: its first cell no label, no figure and
 * no broken label's piece, its second a label (of a head field, the funds or anything the vocabulary knows).
 */
function opensWithValue(filled: readonly RowCell[], field: HeaderField): boolean {
  const [first, second] = filled;
  if (!first || !second || !NAME_FIELDS.has(field)) return false;
  if (labelGroup(first.key) !== null || FIGURE_CELL.test(first.plain) || isLabelPiece(field, first.text)) return false;
  // A head label run into its value (`主管部门 上海市…`, OCR) is that label's row, not this label's value.
  if ([PROJECT_LABELS, DEPARTMENT_LABELS, UNIT_LABELS, BUDGET_UNIT_LABELS].some((labels) => findAtStart(first.key, labels) !== null)) return false;
  return labelGroup(second.key) !== null;
}

/**
 * `年度资金总额 | 96.00`, `其中：财政拨款 | 96.00`: a funds figure as a label → value pair. Returns
 * whether the row holds such a label, and the label whose value is not on the row (printed on the next).
 * A label printed twice on one row is the mid-term half's and then the year's (`其中：财政拨款 | 1200.00 |
 * 其中：财政拨款 | 450.00` under `中期资金总额： | … | 年度资金总额： | …`): the year's figure is kept.
 */
function fundsPairs(row: Row, body: FormBody): { found: boolean; pending: FundsRowKind | null } {
  let found = false;
  let pending: FundsRowKind | null = null;
  const onThisRow = new Set<FundsRowKind>();
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const inCell = LABEL_AND_FIGURE.exec(cells[i]!.key);
    const inCellKind = inCell ? roleOfKey(inCell[1]!, FUNDS_ROW_LABELS) : null;
    if (inCell && inCellKind !== null) {
      // `年度资金总额:50万`: the label and its figure in one cell.
      found = true;
      body.fundsByLabel[inCellKind] ??= { text: inCell[2]!, line: cells[i]!.line };
      continue;
    }
    const kind = roleOfKey(cells[i]!.key, FUNDS_ROW_LABELS);
    const besideBlockLabel = kind === null ? totalBesideBlockLabel(cells, i) : null;
    if (besideBlockLabel !== null) {
      found = true;
      body.fundsByLabel.total ??= besideBlockLabel;
      continue;
    }
    if (kind === null) continue;
    found = true;
    const value = cells.slice(i + 1).find((cell) => cell.text !== '');
    const free = !body.fundsByLabel[kind] || onThisRow.has(kind);
    onThisRow.add(kind);
    if (value === undefined) pending = body.fundsByLabel[kind] ? null : kind;
    // `年度资金总额 | 金额（万元）`: a column's heading beside the label is no amount.
    else if (/^\d/.test(value.text) && roleOfKey(value.key, FUNDS_ROW_LABELS) === null && free) body.fundsByLabel[kind] = { text: value.text, line: value.line };
  }
  return { found, pending };
}

/**
 * The money laid out across (the EasyUI internal-control system's target tab: `年度资金总额（万元） | 其中： | 财政拨款（万元） |
 * 其他资金（万元）` over `128.60 | 128.60 | 0.00`, the 财政拨款 figure merged under 其中： and its label; a target table's
 * `项目资金（万元） | 年度资金总额 | 财政拨款 | 其他资金` over `| 520.00 | 480.00 | 40.00`): a row of funds row labels, the
 * total's among them, with no figure, over a row of figures only. Each label's figure is the one standing under it.
 */
export function fundsAcross(row: Row, next: Row | undefined): [FundsRowKind, Cell][] {
  if (next === undefined || next.table === null || next.table !== row.table) return [];
  const filled = filledCells(row);
  // The block's own label may head the row (`项目资金（万元） | 年度资金总额 | 财政拨款 | 其他资金`): no column of figures.
  const labels = filled.length > 0 && keyMatches(filled[0]!.key, FUNDS_BLOCK_LABELS) ? filled.slice(1) : filled;
  const figures = filledCells(next);
  if (labels.length < 2 || figures.length === 0 || !figures.every((cell) => FIGURE_CELL.test(cell.plain))) return [];
  const kinds = labels.map((cell) => (/^其中:?$/.test(cell.key) ? 'among' : roleOfKey(cell.key, FUNDS_ROW_LABELS)));
  if (kinds.some((kind) => kind === null) || !kinds.some((kind) => kind === 'total' || kind === 'annual')) return [];
  const found: [FundsRowKind, Cell][] = [];
  // A figure for each label after the block's, the block label's column dropped from the figures' row (a web page's
  // `| 520.00 | 480.00 | 40.00`, its first cell merged away): in order.
  const inOrder = labels.length < filled.length && figures.length === labels.length;
  labels.forEach((label, i) => {
    const kind = kinds[i];
    const under = inOrder ? figures[i] : figures.find((cell) => cell.col <= label.col && label.col < cell.col + cell.span);
    if (kind && kind !== 'among' && under) found.push([kind, { text: under.text, line: under.line }]);
  });
  return found;
}

/**
 * The money's total printed beside the funds block's own label, its parts after it (Tianjin's target table:
 * `项目资金（万元） | 860 | 其中：转移支付资金 | 500`): the figure right after the label. The block's label is no row label
 * (a self-evaluation's funds header opens with it): only a label followed by a figure and then a part's label is read so,
 * not a block label with its points (`预算执行（10分） | 9.6`).
 */
function totalBesideBlockLabel(cells: readonly RowCell[], at: number): Cell | null {
  if (!keyMatches(cells[at]!.key, FUNDS_BLOCK_LABELS)) return null;
  const [value, ...rest] = cells.slice(at + 1).filter((cell) => cell.text !== '');
  const isPart = (cell: RowCell): boolean => ['fiscal', 'carryOver', 'other'].includes(roleOfKey(cell.key, FUNDS_ROW_LABELS) ?? '');
  return value !== undefined && FIGURE_CELL.test(value.plain) && rest.some(isPart) ? { text: value.text, line: value.line } : null;
}

/** The funds roles a form model has (a 备注 or 年中调整金额 column has no place there). */
const EMPTY_PAIRS: Readonly<FundsRow> = emptyFunds();

/**
 * `计划投资额 | (万元) | 420 | 实际到位资金 …`: funds columns given as label → value pairs (older templates), after the
 * block's own label (`预算执行情况 | 预算数: | …`). Returns whether the row holds such a pair, and the column whose label
 * ends the row without its figure (printed on the next row).
 */
function fundsColumnPairs(row: Row, pairs: Partial<FundsRow>): { found: boolean; pending: keyof FundsRow | null } {
  const filled = row.cells.filter((cell) => cell.text !== '' && !/^\(?(?:万元|元)\)?$/.test(cell.key));
  const start = filled.findIndex((cell) => !keyMatches(cell.key, FUNDS_BLOCK_LABELS));
  const cells = start < 0 ? [] : filled.slice(start);
  const none = { found: false, pending: null };
  // `小计` names a column only in a funds header (Fujian's 小计③=①+②); opening a row it is a subtotal's label.
  if (cells.length < 1 || roleOfKey(cells[0]!.key, FUNDS_COLUMN_ROLES) === null || cells[0]!.key === '小计') return none;
  let found = false;
  let pending: keyof FundsRow | null = null;
  cells.forEach((cell, i) => {
    const role = roleOfKey(cell.key, FUNDS_COLUMN_ROLES);
    if (role === null || !(role in EMPTY_PAIRS)) return;
    const value = cells[i + 1];
    if (value === undefined) {
      pending = role as keyof FundsRow;
      found = true;
      return;
    }
    if (!/^[\d,.]+(?:%|万元|万)?$/.test(value.plain)) return;
    pairs[role as keyof FundsRow] ??= { text: value.text, line: value.line };
    found = true;
  });
  return { found, pending };
}

/** `年度目标 | 推进…`: the goal as a label → value pair (target tables). */
function goalPair(row: Row, body: FormBody): boolean {
  const cells = filledCells(row);
  const label = cells[0];
  if (!label || !keyMatches(label.key, GOAL_BLOCK_LABELS)) return false;
  const value = cells[1];
  if (value && !body.goal) body.goal = { text: cells.slice(1).map((cell) => cell.text).join('\n'), line: value.line };
  return true;
}

/**
 * A cell holding an empty paragraph breaks a Word-table row in two (`指标2：…` / `是 | 是 | 5 | 5`):
 * rows shorter than the header, whose cells together make it whole, are joined back.
 */
function joinSplitRows(rows: readonly Row[], width: number, extent: number): Row[] {
  const joined: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    // A row whose cells reach the header's last column is whole, however few cells its merges leave it (Jiangxi's level
    // names merged over four and three columns, its indicator rows seven cells under a header of more).
    if (!row.flow && row.table !== null && row.cells.length < width && rowWidth(row) < extent) {
      for (let next = rows[i + 1]; next && !next.flow && next.cells.length + row.cells.length <= width && !isTotalRow(next) && !isNarrativeRow(next); next = rows[i + 1]) {
        const offset = row.cells.length;
        row = { ...row, cells: [...row.cells, ...next.cells.map((cell) => ({ ...cell, col: cell.col + offset }))] };
        i += 1;
        if (row.cells.length === width) break;
      }
    }
    joined.push(row);
  }
  return joined;
}

/** The funds row as it was read (its row and header), to read it again when figures it lost are found elsewhere. */
interface FundsSource {
  readonly row: Row;
  readonly header: FundsHeader;
  readonly blanksVisible: boolean;
}

/**
 * A funds row that kept only its budgets and score (`36000.00 36000.00 4.10`) when its executed amount, weight and rate stand
 * elsewhere (`14,760`, `10 41.00%`): read again without those columns, and taken when its full-year budget is the one the
 * amount is the rate's share of and its score is the weight times the rate.
 */
function placeStrayExecution(rows: readonly Row[], body: FormBody, source: FundsSource): void {
  const figures = source.row.cells.flatMap((cell) => cell.text.split(/\s+/).map(numberValue)).filter((value) => value !== null);
  const others = rows.filter((row) => row !== source.row).flatMap((row) => filledCells(row));
  const stray = strayExecution(others, figures);
  if (!stray) return;
  const funds = readFundsTotal({ ...source.row, flow: true }, withoutColumns(source.header, ['executed', 'weight', 'rate']), source.blanksVisible).funds;
  const score = numberValue(funds.score?.text ?? '');
  const rate = Number(stray.rate.text.replace('%', '')) / 100;
  if (numberValue(funds.budgetFullYear?.text ?? '') !== stray.budget || score === null || Math.abs(Number(stray.weight.text) * Math.min(rate, 1) - score) > 0.06) return;
  body.funds = { ...funds, executed: stray.executed, weight: stray.weight, rate: stray.rate };
  body.warnings.push('rate_from_stray_figure');
}

/**
 * 年度资金总额 printed without figures and one 其中 row with them (`自治区补助 | 180万元 | 162.36万元 | 90.2%`): that row is
 * all the money, and the total's — unless the total's budget printed before the header (`全年预算数(A) | 180`) says otherwise.
 */
function readOnlyPart(part: Row, header: FundsHeader, printed: Partial<FundsRow>, blanksVisible: boolean, body: FormBody): void {
  const funds = readFundsTotal(part, header, blanksVisible).funds;
  const budget = numberValue(funds.budgetFullYear?.text ?? '');
  const stated = printed.budgetFullYear ? numberValue(printed.budgetFullYear.text.replace(/万元?$/u, '')) : null;
  if (budget === null || (stated !== null && stated !== budget)) return;
  body.funds = funds;
  body.warnings.push('budget_total_from_part');
}

/** The total and the stated rate, when their labels' places held none, from figures arithmetic confirms elsewhere in the form. */
function placeStrayFigures(rows: readonly Row[], body: FormBody, source: FundsSource | null): void {
  if (body.funds !== null && body.funds.rate === null && source !== null) placeStrayExecution(rows, body, source);
  const funds = body.funds;
  if (body.totalScore === null && funds !== null) {
    const total = totalFromScoreRun(rows, numberValue(funds.score?.text ?? ''), numberValue(funds.weight?.text ?? ''));
    if (total) {
      body.totalWeight = total.totalWeight;
      body.totalScore = total.totalScore;
      body.warnings.push('total_from_score_run');
    }
  }
  if (funds !== null && funds.rate === null) {
    const rate = rateFromStrayPercent(rows, numberValue(funds.executed?.text ?? ''), numberValue(funds.budgetFullYear?.text ?? ''));
    if (rate) {
      body.funds = { ...funds, rate };
      body.warnings.push('rate_from_stray_figure');
    }
  }
}

/**
 * One form's rows → its model. `report`: the form is a self-evaluation report (its head fields paragraphs, its tables among
 * captioned prose: see the outline's `opensReport`): a head paragraph is read as a head row, other paragraphs are the
 * report's text (consumed; one ends the indicator table, and a stated 总得分 is the total when no 总分 row gives it).
 */
export function readForm(rows: readonly Row[], ledger: CellLedger, blanksVisible: boolean, report = false): FormBody {
  const body: FormBody = {
    fields: {},
    projectGap: null,
    funds: null,
    hasFundsHeader: false,
    amountsInYuan: false,
    fundsByLabel: {},
    goal: null,
    goalExpected: null,
    goalActual: null,
    indicatorColumns: new Set(),
    indicators: [],
    totalWeight: null,
    totalScore: null,
    grade: null,
    warnings: [],
  };
  let mode: Mode = 'head';
  /** Where the form stood when another period's section began (a web page's 中期目标 before its 年度目标). */
  let modeBeforeOtherPeriod: Mode = 'goal';
  let fundsHeader: FundsHeader | null = null;
  let fundsSource: FundsSource | null = null;
  /** 其中 rows with figures met before any 年度资金总额 row was read. */
  const partRows: Row[] = [];
  /** Goal rows read before the funds header (a template that puts the goal first). */
  let goalRowsBeforeFunds = 0;
  let goalHeader: GoalHeader | null = null;
  const goalRows: Row[] = [];
  let headerRows: DenseRow[] = [];
  let tableRows: Row[] = [];
  const totalRows: Row[] = [];
  let departmentFound = false;
  /** Funds columns given as label → value pairs, for a form without a funds header. */
  const fundsByColumn: Partial<FundsRow> = {};
  /** Inside a part's section of label → value pairs (`项目资金-财政拨款(万元)`), whose figures are no total's. */
  let partSection = false;
  /** A head label printed without its value, whose value is the lone cell of the next row. */
  let pendingField: HeaderField | null = null;
  /** The same for a funds label (target tables). */
  let pendingFunds: FundsRowKind | null = null;
  /** The same for a funds column given label → value (`预算数:` at a row's end). */
  let pendingColumn: keyof FundsRow | null = null;
  /** The row before was the goal's label and its text (`年度总体目标 | 目标1：…`): a lone text cell after it goes on with the goal. */
  let goalGoesOn = false;
  let headFromText = false;
  let tableRead = false;

  let goalRead = false;
  const finishGoal = (): void => {
    if (goalRead || (goalRows.length === 0 && !goalHeader)) return;
    goalRead = true;
    const goal = readGoal(goalRows, goalHeader);
    body.goalExpected = goal.goalExpected;
    body.goalActual = goal.goalActual;
    body.warnings.push(...goal.warnings);
  };
  const finishTable = (): void => {
    if (headerRows.length === 0 || tableRead) return;
    tableRead = true;
    const width = Math.max(...headerRows.map((row) => row.cells.length));
    const zone = joinSplitRows(tableRows, width, Math.max(...headerRows.map((header) => rowWidth(header.row))));
    const columns: IndicatorColumns = fitColumns(readIndicatorColumns(headerRows), zone.map(denseRow));
    body.indicatorColumns = new Set(columns.keys());
    const totalRow = totalRows[totalRows.length - 1] ?? null;
    for (const earlier of totalRows.slice(0, -1)) zone.push(earlier);
    zone.sort((a, b) => a.line - b.line);
    const funds = body.funds ?? emptyFunds();
    const table = readIndicatorTable(
      zone.map(denseRow),
      columns,
      totalRow ? denseRow(totalRow) : null,
      { weight: numberValue(funds.weight?.text ?? ''), score: numberValue(funds.score?.text ?? '') },
      ledger,
    );
    if (totalRow) ledger.consumeRow(totalRow);
    body.indicators = table.indicators;
    body.totalWeight = table.totalWeight;
    body.totalScore = table.totalScore;
    body.warnings.push(...table.warnings);
  };

  /** Rows with a cell moved out (a 自评得分 figure printed at the end of the next row): read without it. */
  const moved = new Map<number, Row>();
  for (let index = 0; index < rows.length; index++) {
    const printed = moved.get(index) ?? rows[index]!;
    const headParagraph: Row | null = report && isParagraph(printed) && mode === 'head' ? headParagraphCells(printed) : null;
    const row: Row = headParagraph ?? printed;
    if (!firstFilled(row)) continue;
    if (isRuleRow(row) || isSectionHeading(row)) {
      ledger.consumeRow(row);
      continue;
    }
    if (mode !== 'indicators' && row.cells.some((cell) => statesYuan(cell.key))) body.amountsInYuan = true;
    if (mode !== 'indicators' && isFundsCaption(row)) {
      const captioned = captionedFundsRow(row);
      partSection = captioned !== null && captioned !== 'total';
      ledger.consumeRow(row);
      continue;
    }
    const unit = unitNote(row);
    if (unit) {
      // `（元）` beside the funds block: the amounts are in 元.
      if (unit === '元' && mode !== 'indicators') body.amountsInYuan = true;
      ledger.consumeRow(row);
      continue;
    }
    if (mode === 'indicators' || mode === 'afterTotal') finishGoal();
    if (report && isParagraph(row) && headParagraph === null) {
      if (mode === 'indicators') {
        finishTable();
        mode = 'narrative';
      }
      const dated = mode === 'head' ? coverYear(row) : null;
      if (dated) body.fields.year ??= dated;
      const stated = body.totalScore === null && totalRows.length === 0 ? statedTotal(row) : null;
      if (stated) {
        body.totalScore = stated;
        body.warnings.push('total_from_report_text');
      }
      ledger.consumeRow(row);
      continue;
    }
    if (mode === 'narrative') {
      // Zhejiang's and Hefei's project self-evaluations print their analysis (目标偏离原因分析, 整改措施及建议) between the
      // goal and the indicator table: a first indicator header after it is still this form's.
      if (headerRows.length > 0 || !isIndicatorHeaderRow(denseRow(row))) {
        ledger.consumeRow(row);
        continue;
      }
      mode = 'goal';
    }
    // The indicators of another period than the form's year (a 长期绩效目标表 before the 年度绩效目标表) are no indicators of it.
    const caption = indicatorCaption(row);
    if (mode === 'otherPeriod' && caption === null && isBlockHeader(row)) mode = 'goal';
    if (caption === 'otherPeriod' || (mode === 'otherPeriod' && caption === null)) {
      if (caption && mode !== 'otherPeriod') modeBeforeOtherPeriod = mode;
      if (caption) mode = 'otherPeriod';
      ledger.consumeRow(row);
      continue;
    }
    if (caption === 'year') {
      // A web page's section heading (年度目标 after 中期目标) takes up the form where the other period's section left it
      // (its head: 年度资金总额 | … pairs and the goal follow); a 年度绩效目标表 caption its indicator table.
      if (mode === 'otherPeriod') mode = periodHeading(row) === 'year' ? modeBeforeOtherPeriod : 'goal';
      ledger.consumeRow(row);
      continue;
    }
    if (mode === 'afterGrade') {
      if (body.grade === null && isLoneGrade(row)) {
        const only = firstFilled(row)!;
        body.grade = { text: only.text, line: only.line };
        ledger.consumeRow(row);
      } else if (isNarrativeRow(row)) {
        mode = 'narrative';
        ledger.consumeRow(row);
      } else {
        ledger.rejectRow(row, 'stray OCR fragment after the 评分等级 row');
      }
      continue;
    }
    // A head label under the indicator table (`联系人： | 周敏 | 联系电话： | …`) is the form's sign-off, no indicator.
    if (mode === 'head' && isNarrativeRow(row) && startsWithAny(firstFilled(row)!.key, SIGN_OFF_PREFIXES)) {
      // `填报日期：2022年7月18日` beside the unit's name over the form (a flow puts it on a row of its own): the form's sign-off
      // printed above it, no end of its head.
      ledger.consumeRow(row);
      continue;
    }
    if (isNarrativeRow(row) || ((mode === 'indicators' || mode === 'afterTotal') && isSignOff(row))) {
      finishTable();
      mode = 'narrative';
      ledger.consumeRow(row);
      continue;
    }
    // `总分 | … | 100 | 97.34 | 评价等级：优`: the 总分 row carrying the grade is the total row, its grade read from it.
    const totalWithGrade = startsWith(row, TOTAL_LABELS) && isGradeRow(row);
    const gradeStart = isGradeStart(row) && !totalWithGrade;
    if (mode === 'head' && body.fields.project !== undefined && isProjectNameTail(rows, index)) {
      const tail = firstFilled(row)!;
      body.fields.project = { text: `${body.fields.project.text}${lineText(tail)}`, line: body.fields.project.line };
      ledger.consumeRow(row);
      continue;
    }
    if (goalGoesOn && body.goal && goesOnWithGoal(row)) {
      // `年度总体目标 | 目标1：…` and then `| 目标2：…` (a row of one cell: a paragraph in a flattened page): the goal's next
      // line, its label merged down beside it.
      body.goal = { text: `${body.goal.text}\n${lineText(firstFilled(row)!)}`, line: body.goal.line };
      ledger.consumeRow(row);
      continue;
    }
    goalGoesOn = false;
    if (row.table === null && !row.flow && !gradeStart && headParagraph === null && !isLoneTotalCell(row)) {
      ledger.rejectRow(row, 'paragraph inside a form');
      continue;
    }
    if (gradeStart) {
      finishTable();
      body.grade = readGrade(row);
      ledger.consumeRow(row);
      // A grade among the head fields (the debt management system's window: 总分 and 综合评分等级 in its 项目概要, w-05) ends
      // nothing: the goal and the indicators follow it.
      if (mode !== 'head') mode = 'afterGrade';
      continue;
    }
    const total = isTotalRow(row);
    if (total && (mode === 'indicators' || mode === 'afterTotal' || headerRows.length > 0)) {
      if (totalWithGrade) body.grade = readGrade(row);
      totalRows.push(row);
      mode = 'afterTotal';
      continue;
    }
    if (mode === 'afterTotal') {
      // After 总分 only the grade, a narrative or another table's header belong to the form.
      if (!isIndicatorHeaderRow(denseRow(row))) {
        ledger.rejectRow(row, 'row after the 总分 row not recognised');
        continue;
      }
    }
    if (total && (mode !== 'funds' || startsWith(row, SCORE_TOTAL_LABELS))) {
      const afterBlockLabel = headerRows.length === 0 ? totalAfterBlockLabel(row) : null;
      if (afterBlockLabel) {
        body.fundsByLabel.total ??= afterBlockLabel;
        ledger.consumeRow(row);
        continue;
      }
      if (!startsWith(row, SCORE_TOTAL_LABELS) && headerRows.length === 0 && startsWith(row, AMOUNT_TOTAL_LABELS)) {
        const total = totalOfParts(row, body) ?? totalUnderItsLabel(row, rows[index - 1], body) ?? runTogetherTotal(rows, index, body);
        if (total) {
          // `财政拨款 | 38615.42` … `合计 | 43835.6 100% …`, no 年度资金总额 printed, or a 合计 under a 资金总额 label without its
          // figure: the 合计 of the money's parts is its total.
          body.fundsByLabel.total = total;
          ledger.consumeRow(row);
          continue;
        }
        // `支出合计 | 179.6` (an expenditure list, its label cut at 合计): a 合计 before the indicator table totals amounts, not points.
        ledger.rejectRow(row, 'a 合计 row before the indicator table: a total of amounts, not the form\'s score');
        continue;
      }
      // A 总分 row before any indicator header: the table's header was lost; read its numbers anyway. A 自评得分 label
      // without its figure in the head: the figure's cell spans two rows and ends the next one (`省级主管部门 | … | 100`).
      const next = headerRows.length === 0 ? rows[index + 1] : undefined;
      const spanned = next && !row.cells.some((cell) => numberValue(cell.text) !== null) ? spannedFigure(next) : null;
      if (spanned) {
        moved.set(index + 1, { ...next!, cells: next!.cells.filter((cell) => cell !== spanned) });
        totalRows.push({ ...row, cells: [...row.cells, { ...spanned, col: row.cells.length }] });
        continue;
      }
      totalRows.push(row);
      continue;
    }
    const header: FundsHeader | null = fundsHeader === null ? readFundsHeader(row) : null;
    if (header) {
      let lines = 0;
      while (index + lines + 1 < rows.length && isFundsHeaderLine(rows[index + lines + 1]!)) lines += 1;
      const stacked: FundsHeader | null = lines > 0 ? withHeaderLines(header, rows.slice(index + 1, index + lines + 1)) : null;
      if (stacked) {
        for (let line = 1; line <= lines; line++) ledger.consumeRow(rows[index + line]!);
        index += lines;
      }
      // `年初预算数` over `目标申报数 | 预算编制数`: the budget's sub-column, on the header's second line.
      const below = stacked === null ? rows[index + 1] : undefined;
      const narrowed = below !== undefined ? withSubColumns(header, below) : null;
      if (narrowed) ledger.consumeRow(rows[++index]!);
      const printed: FundsHeader = stacked ?? narrowed ?? header;
      // Its first columns' labels printed before it with their figures (`年初预算 数 | 0`): its columns too.
      fundsHeader = withLeadingColumns(printed, Object.keys(fundsByColumn) as (keyof FundsRow)[]) ?? printed;
      goalRowsBeforeFunds = goalRows.length;
      body.hasFundsHeader = true;
      body.amountsInYuan ||= header.yuan;
      mode = 'funds';
      ledger.consumeRow(row);
      continue;
    }
    const dense = denseRow(row);
    if (isIndicatorHeaderRow(dense) && (mode !== 'indicators' || tableRows.length > 0 || headerRows.length === 0)) {
      if (mode === 'indicators' && headerRows.length > 0) {
        // The header repeated (a table over two pages): the same columns.
        ledger.consumeRow(row);
        continue;
      }
      // Lines of a header split over two lines that came before it (read as goal text) belong to it.
      const parts: Row[] = [];
      while (goalRows.length > 0 && isHeaderPart(denseRow(goalRows[goalRows.length - 1]!))) parts.unshift(goalRows.pop()!);
      headerRows = [...parts, row].map(denseRow);
      while (index + 1 < rows.length && (isHeaderPart(denseRow(rows[index + 1]!)) || isColumnNotesRow(rows[index + 1]!)) && !isTotalRow(rows[index + 1]!) && !holdsTargetValue(rows[index + 1]!)) headerRows.push(denseRow(rows[++index]!));
      for (const part of headerRows) ledger.consumeRow(part.row);
      finishGoal();
      mode = 'indicators';
      continue;
    }
    if (mode === 'indicators') {
      tableRows.push(row);
      continue;
    }
    if (mode === 'funds' || mode === 'goal') {
      const firstCell = firstFilled(row);
      const figuresFirst = firstCell !== undefined && /^[\d,.]+%?(?:\s|$)/.test(firstCell.text);
      const above = rows[index - 1];
      const underHeader = above !== undefined && readFundsHeader(above) !== null;
      // `年度资金总额 |` on a line of its own, its figures on the next (a row broken after its label).
      const underTotalLabel = above !== undefined && isFundsTotalRow(above) && !above.cells.some((cell) => /\d/.test(cell.text));
      if (mode === 'funds' && body.funds === null && figuresFirst && (fundsHeader!.totalLabel || row.flow || underHeader || underTotalLabel)) {
        // Figures right under the funds header, their row label elsewhere (in the header row, merged into the
        // block's label, or after them in text out of reading order): the first row of a funds block is
        // 年度资金总额's, in the header's order.
        const read = readFundsTotal({ ...row, flow: true }, fundsHeader!, blanksVisible);
        body.funds = read.funds;
        fundsSource = { row, header: fundsHeader!, blanksVisible };
        body.warnings.push(...read.warnings, 'funds_columns_solved');
        ledger.consumeRow(row);
        continue;
      }
      const speckled = mode === 'funds' && body.funds === null && underHeader && firstCell !== undefined ? OCR_SPECKED_FIGURES.exec(firstCell.text) : null;
      const unpriced = speckled ? rateWeightScore(speckled[1]!) : null;
      if (unpriced) {
        // `O76%107.6当年绩效目标`: OCR lost the amounts (a speck left) and ran the rate, weight and score into the next label:
        // read where the score is the weight times the rate.
        const at = (text: string): Cell => ({ text, line: firstCell!.line });
        body.funds = { ...emptyFunds(), rate: at(unpriced.rate), weight: at(unpriced.weight), score: at(unpriced.score) };
        body.warnings.push('funds_columns_solved', 'funds_amounts_lost');
        ledger.consumeRow(row);
        continue;
      }
      // `合 计 | 40 40 | 区级资金 …` under a funds header of columns (上年度安排资金 | 本年度申请资金): the block's total row, its
      // label no funds row label; its figures are the plain ones right after the label (a 合计 in a goal's text is no such row).
      const totalFigures = mode === 'funds' && body.funds === null && startsWith(row, AMOUNT_TOTAL_LABELS) ? leadingFigureCells(row) : [];
      const amountTotal = totalFigures.length > 0;
      if (mode === 'funds' && body.funds === null && (isFundsTotalRow(row) || amountTotal) && row.cells.some((cell) => /\d/.test(cell.text))) {
        const figuresOnly = amountTotal && !isFundsTotalRow(row) ? { ...row, cells: totalFigures } : row;
        const read = readFundsTotal(figuresOnly, fundsHeader!, blanksVisible);
        body.funds = read.funds;
        fundsSource = { row: figuresOnly, header: fundsHeader!, blanksVisible };
        body.warnings.push(...read.warnings);
        ledger.consumeRow(row);
        continue;
      }
      if (mode === 'funds' && goalRows.length === goalRowsBeforeFunds && (isFundsDetailRow(row) || isBreakdownRow(row))) {
        if (body.funds === null && isFundsDetailRow(row) && row.cells.some((cell) => /\d/.test(cell.text))) partRows.push(row);
        ledger.consumeRow(row);
        continue;
      }
      if (mode === 'funds' && body.funds !== null) {
        // Hebei's template: label → value pairs under group heads (`预算数 6.84 到位数 6.84` / `执行数` / `6.84 100.00`), the
        // funds row read up to 执行数: a lone column label, its figure (and after 执行数 the 预算执行进度) on the next row.
        const lone = filledCells(row);
        const role = lone.length === 1 ? roleOfKey(lone[0]!.key, FUNDS_COLUMN_ROLES) : null;
        const next = rows[index + 1];
        const value = loneFigures(next);
        if (role !== null && role in EMPTY_PAIRS && body.funds[role as keyof FundsRow] === null && value !== null) {
          const [figure, rate] = value.figures;
          const funds = { ...body.funds, [role]: { text: figure!, line: value.line } } as FundsRow;
          if (role === 'executed' && funds.rate === null && rate !== undefined && rateFits(funds, rate)) funds.rate = { text: rate, line: value.line };
          body.funds = funds;
          ledger.consumeRow(row);
          ledger.consumeRow(next!);
          index += 1;
          continue;
        }
      }
      const lateHead = isLateHeadRow(row, body) ? readHeadRow(row) : null;
      if (lateHead) {
        // 地方主管部门 printed below the funds block (transfer-payment forms): still the form's head.
        for (const [field, cell] of Object.entries(lateHead.fields) as [HeaderField, Cell][]) body.fields[field] ??= cell;
        departmentFound = true;
        ledger.consumeRow(row);
        continue;
      }
      const goal: GoalHeader | null = goalHeader === null && goalRows.length === 0 ? readGoalHeader(row) : null;
      if (goal) {
        goalHeader = goal;
        mode = 'goal';
        ledger.consumeRow(row);
        continue;
      }
      goalRows.push(row);
      ledger.consumeRow(row);
      continue;
    }
    // The head: label → value pairs, a goal or funds pair (target tables), a goal header.
    const goal = readGoalHeader(row);
    if (goal && goal.columns) {
      goalHeader = goal;
      mode = 'goal';
      ledger.consumeRow(row);
      continue;
    }
    const filledNow = row.cells.filter((cell) => cell.text !== '');
    if (pendingField && filledNow.length > 1 && opensWithValue(filledNow, pendingField)) {
      // `项目 名称 |` on a line of its own, its name opening the next row before that row's own pairs (`<project> | 中期市财政预算
      // (万元) | 36820.00 | 本年度申请市财政预算资金(万元) | 1265.40`, a web page's table flattened a cell per line): the name is the
      // label's value, and the rest of the row is read as it stands.
      const value = filledNow[0]!;
      if (!body.fields[pendingField]) body.fields[pendingField] = { text: value.text, line: value.line };
      if (pendingField === 'project') body.warnings = body.warnings.filter((warning) => warning !== 'project_name_missing');
      pendingField = null;
    }
    if (pendingFunds && filledNow.length === 1 && FIGURE_CELL.test(filledNow[0]!.plain)) {
      // `年度金额（万元）：` on a row of its own, its figure on the next.
      body.fundsByLabel[pendingFunds] = { text: filledNow[0]!.text, line: filledNow[0]!.line };
      pendingFunds = null;
      ledger.consumeRow(row);
      continue;
    }
    const pendingValue = pendingColumn ? (loneFigures(row) ?? runOnFigure(row)) : null;
    if (pendingColumn && pendingValue) {
      // `预算执行情况 | 预算数:` (or `执行数`) at a row's end, its figure on the next row (alone, or run into the text after it);
      // after 执行数 the 预算执行进度 the template prints next (`6.84 100.00`), taken where the amounts give it.
      const [figure, rate] = pendingValue.figures;
      fundsByColumn[pendingColumn] ??= { text: figure!, line: pendingValue.line };
      if (pendingColumn === 'executed' && rate !== undefined && rateFits(fundsByColumn, rate)) fundsByColumn.rate ??= { text: rate, line: pendingValue.line };
      pendingColumn = null;
      ledger.consumeRow(row);
      continue;
    }
    pendingFunds = null;
    pendingColumn = null;
    const across = fundsAcross(row, rows[index + 1]);
    if (across.length > 0) {
      // `年度资金总额（万元） | 其中： | 财政拨款（万元） | 其他资金（万元）` over a row of its figures.
      for (const [kind, cell] of across) body.fundsByLabel[kind] ??= cell;
      ledger.consumeRow(row);
      ledger.consumeRow(rows[++index]!);
      continue;
    }
    const pairs = fundsPairs(row, body);
    // In a part's section (`项目资金-财政拨款(万元)`, then its 预算数 | … pairs) the pairs are the part's, not the total's.
    const goalRow = goalPair(row, body);
    const columnPairs = goalRow || pairs.found ? null : fundsColumnPairs(row, partSection ? {} : fundsByColumn);
    if (columnPairs === null || columnPairs.found) {
      goalGoesOn = goalRow;
      pendingFunds = pairs.pending;
      pendingColumn = columnPairs?.pending ?? null;
      // A name's label and its value before the row's funds pairs (`项目名称 | <project> | 中期市财政预算(万元) | … |
      // 本年度申请市财政预算资金(万元) | 1265.40`): the name is read too.
      if (pairs.found) for (const [field, cell] of Object.entries(readHeadRow(row)?.fields ?? {}) as [HeaderField, Cell][]) if (NAME_FIELDS.has(field) && !body.fields[field]) body.fields[field] = cell;
      ledger.consumeRow(row);
      continue;
    }
    if (index > 0 && isProjectRow(row) && body.fields.project !== undefined && !isSecondLevelProjectRow(row)) {
      ledger.rejectRow(row, 'a second 项目名称 row before the funds block: OCR garble of the form head');
      continue;
    }
    if (pendingField && filledNow.length === 1 && labelGroup(filledNow[0]!.key) !== 'headField' && labelGroup(filledNow[0]!.key) !== 'project' && !isLabelPiece(pendingField, filledNow[0]!.text)) {
      if (!body.fields[pendingField]) body.fields[pendingField] = { text: filledNow[0]!.text, line: filledNow[0]!.line };
      if (pendingField === 'project') body.warnings = body.warnings.filter((warning) => warning !== 'project_name_missing');
      pendingField = null;
      ledger.consumeRow(row);
      continue;
    }
    pendingField = null;
    const head = readHeadRow(row);
    if (head) {
      // The row's last label, when no value follows it (or only a stray character): its value is on the next row.
      const lastLabel = [...row.cells].reverse().find((cell) => roleOfKey(cell.key, HEADER_FIELD_LABELS) !== null);
      const lastField = lastLabel ? roleOfKey(lastLabel.key, HEADER_FIELD_LABELS) : null;
      if (lastField && !head.fields[lastField]) pendingField = lastField;
      for (const [field, cell] of Object.entries(head.fields) as [HeaderField, Cell][]) if (!body.fields[field]) body.fields[field] = cell;
      if (head.secondLevelProject && head.fields.project) body.fields.project = head.fields.project;
      if (head.fields.department || head.fields.implementingUnit || head.fields.budgetUnit) departmentFound = true;
      if (head.fields.project) body.projectGap = head.projectGap;
      headFromText ||= head.fromText;
      body.warnings.push(...head.warnings);
      ledger.consumeRow(row);
      continue;
    }
    if (isFundSourceRow(row)) {
      ledger.consumeRow(row);
      continue;
    }
    ledger.rejectRow(row, headFromText ? 'a row of the form head without its label (OCR lost it): its text is not assigned' : 'row not recognised inside a form');
  }
  finishTable();
  if (totalRows.length > 0 && headerRows.length === 0) {
    // No indicator table: the 总分 row still gives the total. Points are out of 100: a 合计 of larger figures (`支出合计 550000`,
    // an expenditure list in 元) totals amounts, not scores.
    const numbers = totalRows[totalRows.length - 1]!.cells.filter((cell) => numberValue(cell.text) !== null);
    if (numbers.some((cell) => (numberValue(cell.text) ?? 0) > 100)) {
      for (const total of totalRows) ledger.rejectRow(total, 'a 合计 row of amounts (figures above 100 points), not the form\'s score total');
    } else {
      body.totalWeight = numbers.length >= 2 ? { text: numbers[0]!.text, line: numbers[0]!.line } : null;
      const score = numbers[numbers.length - 1];
      body.totalScore = score ? { text: score.text, line: score.line } : null;
      for (const total of totalRows) ledger.consumeRow(total);
    }
  }
  finishGoal();
  // A 年度资金总额 row that read no figure (`合计 | 800亩…`, a goal's text) leaves the money to the one 其中 row as much as none.
  const totalRead = body.funds !== null && Object.values(body.funds).some((cell) => cell !== null);
  if (!totalRead && fundsHeader !== null && partRows.length === 1) readOnlyPart(partRows[0]!, fundsHeader, fundsByColumn, blanksVisible, body);
  placeStrayFigures(rows, body, fundsSource);
  // The text ends inside a scored indicator table, before its 总分 row: the form was cut off there (a page left out).
  if (mode === 'indicators' && body.indicatorColumns.has('score') && totalRows.length === 0 && body.totalScore === null) body.warnings.push('form_cut_off');
  if (body.funds === null && fundsHeader === null && Object.keys(fundsByColumn).length > 0) body.funds = { ...emptyFunds(), ...fundsByColumn };
  if (!departmentFound && fundsHeader !== null) body.warnings.push('department_row_missing');
  if (fundsHeader !== null && body.funds !== null) {
    // A blank budget cell is not read as 0 nor taken from a neighbour: it stays null, with a warning.
    const funds = body.funds;
    if ((['budgetInitial', 'budgetFullYear', 'executed'] as const).some((role) => fundsHeader!.spans.has(role) && funds[role] === null)) body.warnings.push('budget_cell_missing');
  }
  return body;
}
