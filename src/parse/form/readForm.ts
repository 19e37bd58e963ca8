/**
 * One form's rows → what its table says, block by block in whatever order the template puts them:
 * the head (label → value pairs), the funds block (header + 年度资金总额 row, or label → value pairs
 * in a target table), 年度总体目标, the indicator table, 总分, 评分等级, and the narrative or sign-off
 * after it. Every cell of every row ends consumed or rejected (with its reason) in the ledger.
 */
import type { CellLedger } from '../cellLedger';
import type { Cell, FundsRow, IndicatorRow } from '../forms';
import { FUNDS_ROW_LABELS, type FundsRowKind, GOAL_BLOCK_LABELS, type HeaderField, type IndicatorColumn, keyMatches, roleOfKey } from '../labels';
import { isNarrativeRow, isRuleRow } from '../rowClass';
import { numberValue } from '../cellText';
import type { Row } from '../row';
import { type DenseRow, denseRow } from './denseRow';
import { type FundsHeader, emptyFunds, isFundsDetailRow, isFundsTotalRow, readFundsHeader, readFundsTotal } from './fundsBlock';
import { type GoalHeader, readGoal, readGoalHeader } from './goalBlock';
import { isGradeRow, isLoneGrade, readGrade } from './gradeRow';
import { isProjectRow, readHeadRow } from './headFields';
import { isHeaderPart, isIndicatorHeaderRow, readIndicatorColumns } from './indicatorHeader';
import { readIndicatorTable } from './indicatorTable';
import { findInKey, GRADE_LABELS, type IndicatorColumns, TOTAL_LABELS } from './rowLabels';

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

type Mode = 'head' | 'funds' | 'goal' | 'indicators' | 'afterTotal' | 'afterGrade' | 'narrative';

const firstFilled = (row: Row) => row.cells.find((cell) => cell.text !== '');

/** A row whose first cell is (or OCR'd text starts with) one of the labels. */
function startsWith(row: Row, labels: readonly string[]): boolean {
  const first = firstFilled(row);
  return first !== undefined && findInKey(first.key, labels)?.start === 0;
}

/**
 * A 总分 row: a cell of it is the label (OCR may leave specks before it: `• | 总分 | 100.00 | 99.96`);
 * a name that merely contains 合计 is no such cell.
 */
function isTotalRow(row: Row): boolean {
  for (const cell of row.cells) {
    if (cell.text === '') continue;
    const match = findInKey(cell.key, TOTAL_LABELS);
    if (match?.start === 0 && cell.key.length <= match.end + 3) return true;
  }
  return false;
}
const isGradeStart = (row: Row): boolean => startsWith(row, GRADE_LABELS) || (isGradeRow(row) && row.cells.filter((cell) => cell.text !== '').length <= 4);

/** `年度资金总额 | 96.00`, `其中：财政拨款 | 96.00`: a funds figure as a label → value pair. */
function fundsPairs(row: Row, body: FormBody): boolean {
  let found = false;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const kind = roleOfKey(cells[i]!.key, FUNDS_ROW_LABELS);
    if (kind === null) continue;
    found = true;
    const value = cells.slice(i + 1).find((cell) => cell.text !== '');
    if (value && roleOfKey(value.key, FUNDS_ROW_LABELS) === null && !body.fundsByLabel[kind]) body.fundsByLabel[kind] = { text: value.text, line: value.line };
  }
  return found;
}

/** `年度目标 | 推进…`: the goal as a label → value pair (target tables). */
function goalPair(row: Row, body: FormBody): boolean {
  const cells = row.cells.filter((cell) => cell.text !== '');
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
function joinSplitRows(rows: readonly Row[], width: number): Row[] {
  const joined: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    if (!row.flow && row.table !== null && row.cells.length < width) {
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

export function readForm(rows: readonly Row[], ledger: CellLedger, blanksVisible: boolean): FormBody {
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
  let fundsHeader: FundsHeader | null = null;
  let goalHeader: GoalHeader | null = null;
  const goalRows: Row[] = [];
  let headerRows: DenseRow[] = [];
  let tableRows: Row[] = [];
  const totalRows: Row[] = [];
  let departmentFound = false;
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
    const columns: IndicatorColumns = readIndicatorColumns(headerRows);
    body.indicatorColumns = new Set(columns.keys());
    const width = Math.max(...headerRows.map((row) => row.cells.length));
    const zone = joinSplitRows(tableRows, width);
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

  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (!firstFilled(row)) continue;
    if (isRuleRow(row)) {
      ledger.consumeRow(row);
      continue;
    }
    if (mode === 'indicators' || mode === 'afterTotal') finishGoal();
    if (mode === 'narrative') {
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
    if (isNarrativeRow(row)) {
      finishTable();
      mode = 'narrative';
      ledger.consumeRow(row);
      continue;
    }
    if (row.table === null && !row.flow && !isGradeStart(row)) {
      ledger.rejectRow(row, 'paragraph inside a form');
      continue;
    }
    if (isGradeStart(row)) {
      finishTable();
      body.grade = readGrade(row);
      ledger.consumeRow(row);
      mode = 'afterGrade';
      continue;
    }
    if (isTotalRow(row) && (mode === 'indicators' || mode === 'afterTotal' || headerRows.length > 0)) {
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
    if (isTotalRow(row) && mode !== 'funds') {
      // A 总分 row before any indicator header: the table's header was lost; read its numbers anyway.
      totalRows.push(row);
      continue;
    }
    const header: FundsHeader | null = fundsHeader === null ? readFundsHeader(row) : null;
    if (header) {
      fundsHeader = header;
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
      while (index + 1 < rows.length && isHeaderPart(denseRow(rows[index + 1]!)) && !isTotalRow(rows[index + 1]!)) headerRows.push(denseRow(rows[++index]!));
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
      if (mode === 'funds' && body.funds === null && goalRows.length === 0 && isFundsTotalRow(row)) {
        const read = readFundsTotal(row, fundsHeader!, blanksVisible);
        body.funds = read.funds;
        body.warnings.push(...read.warnings);
        ledger.consumeRow(row);
        continue;
      }
      if (mode === 'funds' && goalRows.length === 0 && isFundsDetailRow(row)) {
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
    if (goalPair(row, body) || fundsPairs(row, body)) {
      ledger.consumeRow(row);
      continue;
    }
    if (index > 0 && isProjectRow(row) && body.fields.project !== undefined) {
      ledger.rejectRow(row, 'a second 项目名称 row before the funds block: OCR garble of the form head');
      continue;
    }
    const head = readHeadRow(row);
    if (head) {
      for (const [field, cell] of Object.entries(head.fields) as [HeaderField, Cell][]) if (!body.fields[field]) body.fields[field] = cell;
      if (head.fields.department || head.fields.implementingUnit) departmentFound = true;
      if (head.fields.project) body.projectGap = head.projectGap;
      headFromText ||= head.fromText;
      body.warnings.push(...head.warnings);
      ledger.consumeRow(row);
      continue;
    }
    ledger.rejectRow(row, headFromText ? 'a row of the form head without its label (OCR lost it): its text is not assigned' : 'row not recognised inside a form');
  }
  finishTable();
  if (totalRows.length > 0 && headerRows.length === 0) {
    // No indicator table: the 总分 row still gives the total.
    const numbers = totalRows[totalRows.length - 1]!.cells.filter((cell) => numberValue(cell.text) !== null);
    body.totalWeight = numbers.length >= 2 ? { text: numbers[0]!.text, line: numbers[0]!.line } : null;
    const score = numbers[numbers.length - 1];
    body.totalScore = score ? { text: score.text, line: score.line } : null;
    for (const total of totalRows) ledger.consumeRow(total);
  }
  finishGoal();
  if (!departmentFound && fundsHeader !== null) body.warnings.push('department_row_missing');
  if (fundsHeader !== null && body.funds !== null) {
    // A blank budget cell is not read as 0 nor taken from a neighbour: it stays null, with a warning.
    const funds = body.funds;
    if ((['budgetInitial', 'budgetFullYear', 'executed'] as const).some((role) => fundsHeader!.spans.has(role) && funds[role] === null)) body.warnings.push('budget_cell_missing');
  }
  return body;
}
