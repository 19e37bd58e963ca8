import type { Cell, FundsRow } from '../forms';
import type { LineLedger } from '../lineLedger';
import {
  FUNDS_BLOCK_LABELS,
  FUNDS_COLUMN_ROLES,
  FUNDS_ROW_LABELS,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_BLOCK_LABELS,
  INDICATOR_COLUMN_ROLES,
  TOTAL_LABELS,
  type FundsColumn,
  type FundsRowKind,
  type GoalColumn,
  type HeaderField,
  type IndicatorColumn,
  matchRole,
  matchesLabel,
} from '../labels';
import { type Block, type BlockCell, filledCells } from './blocks';
import { isNarrativeStart } from './classify';
import { alignRow, columnRoles, distinctRoles } from './columns';
import { IndicatorReader, type RawIndicator } from './indicatorRows';

/** Everything a form's table says, before it is shaped into a self-evaluation or a target table. */
export interface FormBody {
  fields: Partial<Record<HeaderField, Cell>>;
  /** The 年度资金总额 row read through the funds columns (self-evaluations). */
  fundsTotal: FundsRow | null;
  /** Funds given as label → value pairs (target tables). */
  fundsByLabel: Partial<Record<FundsRowKind, Cell>>;
  /** 年度目标 given as a label → value pair (target tables). */
  goal: Cell | null;
  goalExpected: Cell | null;
  goalActual: Cell | null;
  hasFundsColumns: boolean;
  indicatorColumns: Set<IndicatorColumn>;
  indicators: RawIndicator[];
  totalWeight: Cell | null;
  totalScore: Cell | null;
  warnings: string[];
}

type Mode = 'fields' | 'funds' | 'goal' | 'indicators' | 'narrative';

const BUDGET_COLUMNS: readonly FundsColumn[] = ['budgetInitial', 'budgetFullYear', 'executed'];

function asCell(cell: BlockCell | null | undefined): Cell | null {
  return cell && cell.text !== '' ? { text: cell.text, line: cell.line } : null;
}

/** Reads the rows of one form (from its 项目名称 row to its last row), accounting for every line. */
export function readFormBody(blocks: readonly Block[], ledger: LineLedger): FormBody {
  const body: FormBody = {
    fields: {},
    fundsTotal: null,
    fundsByLabel: {},
    goal: null,
    goalExpected: null,
    goalActual: null,
    hasFundsColumns: false,
    indicatorColumns: new Set(),
    indicators: [],
    totalWeight: null,
    totalScore: null,
    warnings: [],
  };
  let mode: Mode = 'fields';
  let fundsColumns: (FundsColumn | null)[] = [];
  let goalColumns: (GoalColumn | null)[] = [];
  let indicatorColumns: (IndicatorColumn | null)[] = [];
  const indicators = new IndicatorReader();

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) continue;
    if (block.kind === 'text') {
      if (isNarrativeStart(block) || mode === 'narrative') {
        mode = 'narrative';
        ledger.consume(block.lines);
      } else {
        ledger.reject(block.lines, 'paragraph inside a form');
      }
      continue;
    }
    const filled = filledCells(block);
    const first = filled[0];
    if (!first) continue;
    if (isNarrativeStart(block)) mode = 'narrative';
    if (mode === 'narrative') {
      ledger.consume(block.lines);
      continue;
    }
    if (matchesLabel(first.text, TOTAL_LABELS)) {
      readTotal(block.cells, block.cells.indexOf(first), body);
      ledger.consume(block.lines);
      mode = 'fields';
      continue;
    }

    const fundsHeader = columnRoles(block.cells, FUNDS_COLUMN_ROLES);
    if (BUDGET_COLUMNS.filter((role) => fundsHeader.includes(role)).length >= 2) {
      fundsColumns = fundsHeader;
      body.hasFundsColumns = true;
      mode = 'funds';
      ledger.consume(block.lines);
      continue;
    }
    const indicatorHeader = columnRoles(block.cells, INDICATOR_COLUMN_ROLES);
    const indicatorRoles = distinctRoles(indicatorHeader);
    if (indicatorRoles.has('name') && indicatorRoles.size >= 3) {
      indicatorColumns = indicatorHeader;
      body.indicatorColumns = indicatorRoles;
      mode = 'indicators';
      ledger.consume(block.lines);
      continue;
    }
    const goalHeader = columnRoles(block.cells, GOAL_COLUMN_ROLES);
    if (distinctRoles(goalHeader).size >= 1 && matchesLabel(first.text, GOAL_BLOCK_LABELS)) {
      goalColumns = goalHeader;
      mode = 'goal';
      ledger.consume(block.lines);
      continue;
    }

    if (mode === 'funds') {
      const rowKind = fundsRowKind(block.cells);
      if (rowKind) {
        if (block.cells.length !== fundsColumns.length) {
          body.warnings.push('funds_row_misaligned');
          ledger.reject(block.lines, `funds row has ${block.cells.length} cells, its header ${fundsColumns.length}`);
        } else {
          if (rowKind === 'total') body.fundsTotal = readFundsTotal(fundsColumns, block.cells, body.warnings);
          ledger.consume(block.lines);
        }
        continue;
      }
    }
    if (mode === 'goal') {
      const aligned = alignRow(goalColumns, block.cells);
      body.goalExpected = asCell(aligned.expected);
      body.goalActual = asCell(aligned.actual);
      ledger.consume(block.lines);
      mode = 'fields';
      continue;
    }
    if (mode === 'indicators' && !isLabelRow(block.cells)) {
      // A cell holding an empty paragraph breaks its row in two (`指标2：…` / `是 | 是 | 5 | 5`): join them back.
      let cells = [...block.cells];
      const lines = [...block.lines];
      for (let next = blocks[index + 1]; next && next.kind === 'row' && cells.length < indicatorColumns.length; next = blocks[index + 1]) {
        if (isLabelRow(next.cells) || isNarrativeStart(next) || cells.length + next.cells.length > indicatorColumns.length) break;
        cells = [...cells, ...next.cells];
        lines.push(...next.lines);
        index += 1;
      }
      if (cells.length !== indicatorColumns.length) {
        ledger.reject(lines, `indicator row has ${cells.length} cells, its header ${indicatorColumns.length}`);
        continue;
      }
      const indicator = indicators.read(alignRow(indicatorColumns, cells), cells[0]?.line ?? lines[0] ?? 0);
      if (indicator) body.indicators.push(indicator);
      ledger.consume(lines);
      continue;
    }

    if (readPairs(block.cells, body)) {
      ledger.consume(block.lines);
      mode = 'fields';
      continue;
    }
    ledger.reject(block.lines, 'row not recognised inside a form');
  }
  return body;
}

/** A row that opens another part of the form rather than continuing the current table. */
function isLabelRow(cells: readonly BlockCell[]): boolean {
  const first = cells.find((cell) => cell.text !== '');
  if (!first) return false;
  return (
    matchesLabel(first.text, TOTAL_LABELS) ||
    matchesLabel(first.text, INDICATOR_BLOCK_LABELS) ||
    matchesLabel(first.text, GOAL_BLOCK_LABELS) ||
    matchesLabel(first.text, FUNDS_BLOCK_LABELS) ||
    matchRole(first.text, HEADER_FIELD_LABELS) !== null
  );
}

function fundsRowKind(cells: readonly BlockCell[]): FundsRowKind | null {
  for (const cell of cells) {
    const kind = cell.text === '' ? null : matchRole(cell.text, FUNDS_ROW_LABELS);
    if (kind) return kind;
  }
  return null;
}

function readFundsTotal(columns: readonly (FundsColumn | null)[], cells: readonly BlockCell[], warnings: string[]): FundsRow {
  const aligned = alignRow(columns, cells);
  const funds: FundsRow = {
    budgetInitial: asCell(aligned.budgetInitial),
    budgetFullYear: asCell(aligned.budgetFullYear),
    executed: asCell(aligned.executed),
    weight: asCell(aligned.weight),
    rate: asCell(aligned.rate),
    score: asCell(aligned.score),
  };
  // A blank budget cell is not read as 0 nor taken from a neighbour: it stays null, with a warning.
  if (BUDGET_COLUMNS.some((role) => columns.includes(role) && funds[role] === null)) warnings.push('budget_cell_missing');
  return funds;
}

/** 总分 | [blank…] | 分值 | 得分 [| note]: the first two cells after the label (leading blanks skipped). */
function readTotal(cells: readonly BlockCell[], labelIndex: number, body: FormBody): void {
  const after = cells.slice(labelIndex + 1);
  const start = after.findIndex((cell) => cell.text !== '');
  if (start < 0) return;
  body.totalWeight = asCell(after[start]);
  body.totalScore = asCell(after[start + 1]);
}

type PairTarget = { kind: 'field'; field: HeaderField } | { kind: 'funds'; row: FundsRowKind } | { kind: 'goal' } | { kind: 'block' };

function pairTarget(text: string): PairTarget | null {
  if (text === '') return null;
  const field = matchRole(text, HEADER_FIELD_LABELS);
  if (field) return { kind: 'field', field };
  const row = matchRole(text, FUNDS_ROW_LABELS);
  if (row) return { kind: 'funds', row };
  if (matchesLabel(text, GOAL_BLOCK_LABELS)) return { kind: 'goal' };
  if (matchesLabel(text, FUNDS_BLOCK_LABELS)) return { kind: 'block' };
  return null;
}

/** Label → value cells (`主管部门 | X | 实施单位 | Y`, `其中：财政拨款 | 96.00`); false when the row has none. */
function readPairs(cells: readonly BlockCell[], body: FormBody): boolean {
  let found = false;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    const target = cell ? pairTarget(cell.text) : null;
    if (!target || target.kind === 'block') continue;
    const next = cells[index + 1];
    let value: Cell | null = null;
    if (next && pairTarget(next.text) === null) {
      value = asCell(next);
      index += 1;
    }
    found = true;
    if (target.kind === 'field') {
      if (value && !body.fields[target.field]) body.fields[target.field] = value;
    } else if (target.kind === 'funds') {
      if (value) body.fundsByLabel[target.row] = value;
    } else if (value) {
      body.goal = value;
    }
  }
  return found;
}
