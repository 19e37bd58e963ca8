/**
 * Target tables printed as one wide table: a department's 部门预算项目绩效目标申报表 exported by the
 * budget system with one column per head field and one row per indicator —
 * `单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | …`.
 * A project's first row carries its head cells and its first indicator; the rows after it print only
 * the indicator cells (the head cells were merged down and the text lost them), and a later project's
 * first row may leave out the unit cell merged from above. Each project becomes a target table.
 * The columns come from the vocabulary (`labels.ts`): any table naming a project, an amount and
 * indicator columns in one header row is read this way.
 */
import { hasCjk, isNumber } from './cellText';
import type { CellLedger } from './cellLedger';
import type { Cell, TargetIndicatorRow } from './forms';
import {
  FUNDS_COLUMN_ROLES,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_COLUMN_ROLES,
  LIST_COLUMN_ROLES,
  keyMatches,
  level1Family,
  roleOfKey,
} from './labels';
import { type Row, filledCells } from './row';

type HeadRole = 'department' | 'project' | 'amount' | 'goal';
type IndicatorRole = keyof typeof INDICATOR_COLUMN_ROLES;

const AMOUNT_LABELS = [...LIST_COLUMN_ROLES.amount, ...FUNDS_COLUMN_ROLES.budgetFullYear] as const;
const GOAL_LABELS = [...GOAL_BLOCK_LABELS, ...GOAL_COLUMN_ROLES.expected] as const;

function headRoleOf(key: string): HeadRole | null {
  const field = roleOfKey(key, HEADER_FIELD_LABELS);
  if (field === 'project') return 'project';
  if (field === 'department' || field === 'budgetUnit') return 'department';
  if (keyMatches(key, AMOUNT_LABELS)) return 'amount';
  if (keyMatches(key, GOAL_LABELS)) return 'goal';
  return null;
}

interface Columns {
  /** Head roles by header column, left of the indicator columns. */
  head: Map<number, HeadRole>;
  /** Indicator roles by header column. */
  indicators: Map<number, IndicatorRole>;
  /** The header column of 一级指标: a row's first 一级 cell stands for it. */
  level1Col: number;
}

function columnsOf(header: Row): Columns | null {
  const head = new Map<number, HeadRole>();
  const indicators = new Map<number, IndicatorRole>();
  for (const cell of header.cells) {
    const indicator = roleOfKey(cell.key, INDICATOR_COLUMN_ROLES);
    if (indicator !== null && ![...indicators.values()].includes(indicator)) {
      indicators.set(cell.col, indicator);
      continue;
    }
    const role = headRoleOf(cell.key);
    if (role !== null && ![...head.values()].includes(role)) head.set(cell.col, role);
  }
  const level1Col = [...indicators].find(([, role]) => role === 'level1')?.[0];
  const roles = new Set(indicators.values());
  const heads = new Set(head.values());
  if (level1Col === undefined || !heads.has('project') || !heads.has('amount') || !(roles.has('name') || roles.has('target'))) return null;
  // The head columns stand left of the indicator columns.
  if ([...head.keys()].some((col) => col > level1Col)) return null;
  return { head, indicators, level1Col };
}

/** A header row naming a project, an amount and indicator columns: the head of a wide target table. */
export const isTargetListHeader = (row: Row): boolean => filledCells(row).length >= 5 && columnsOf(row) !== null;

/** A row's 一级指标 cell: where its indicator cells start. */
const isLevel1Cell = (text: string): boolean => level1Family(text) !== null && text.replace(/\s+/g, '').length <= 10;

interface Entry {
  project: Cell;
  department: Cell | null;
  amount: Cell | null;
  goal: Cell | null;
  indicators: TargetIndicatorRow[];
  lineStart: number;
  lineEnd: number;
}

/** What the wide table gives each project: its head cells and its indicator rows. */
export interface TargetListEntry {
  readonly project: Cell;
  readonly department: Cell | null;
  readonly amount: Cell | null;
  readonly goal: Cell | null;
  readonly indicators: TargetIndicatorRow[];
  readonly lineStart: number;
  readonly lineEnd: number;
}

export class TargetListReader {
  readonly entries: TargetListEntry[] = [];
  private readonly columns: Columns;
  private readonly headCols: number[];
  private current: Entry | null = null;
  /** The unit cell merged down from the project above. */
  private department: Cell | null = null;

  constructor(
    header: Row,
    private readonly ledger: CellLedger,
  ) {
    this.columns = columnsOf(header)!;
    this.headCols = [...this.columns.head.keys()].sort((a, b) => a - b);
    ledger.consumeRow(header);
  }

  /** Reads a row of the table; false when the row is none (the table ended before it). */
  read(row: Row): boolean {
    const cells = row.cells.filter((cell) => cell.text !== '');
    if (cells.length === 0) {
      this.ledger.consumeRow(row);
      return true;
    }
    const at = cells.findIndex((cell) => isLevel1Cell(cell.text));
    if (at < 0) {
      // `820-马踏镇部门 | 8,827,620.53`: the department's total above its projects.
      if (cells.length === 2 && hasCjk(cells[0]!.text) && isNumber(cells[1]!.text)) {
        this.ledger.consumeRow(row);
        return true;
      }
      return false;
    }
    const head = cells.slice(0, at);
    if (head.length > this.headCols.length) return false;
    if (head.length > 0) {
      // The head cells stand right-aligned under the head columns: the ones a merge left out are on the left.
      const byRole = new Map<HeadRole, Cell>();
      head.forEach((cell, i) => {
        const role = this.columns.head.get(this.headCols[this.headCols.length - head.length + i]!);
        if (role) byRole.set(role, { text: cell.text, line: cell.line });
      });
      const project = byRole.get('project');
      if (!project) {
        this.ledger.rejectRow(row, 'a row of a wide target table whose head cells name no project');
        return true;
      }
      this.finish();
      if (byRole.has('department')) this.department = byRole.get('department')!;
      this.current = {
        project,
        department: this.department,
        amount: byRole.get('amount') ?? null,
        goal: byRole.get('goal') ?? null,
        indicators: [],
        lineStart: row.line,
        lineEnd: row.line,
      };
    }
    if (!this.current) {
      this.ledger.rejectRow(row, 'indicator row of a wide target table before any project');
      return true;
    }
    const value: Partial<Record<IndicatorRole, Cell>> = {};
    cells.slice(at).forEach((cell, i) => {
      const role = this.columns.indicators.get(this.columns.level1Col + i);
      if (role && !value[role]) value[role] = { text: cell.text, line: cell.line };
    });
    const name = value.name;
    if (name) {
      let target = value.target?.text ?? '';
      if (value.nature && /^[=＝≥≤≧≦><]+$/.test(value.nature.text)) target = value.nature.text + target;
      if (value.unit && /\d$/.test(target)) target += value.unit.text;
      this.current.indicators.push({
        level1: value.level1 ?? null,
        level2: value.level2 ?? null,
        name,
        target: target === '' ? null : { text: target, line: value.target?.line ?? name.line },
        warnings: [],
      });
    }
    this.current.lineEnd = row.line;
    this.ledger.consumeRow(row);
    return true;
  }

  /** Ends the table: its last project is complete. */
  finish(): void {
    if (this.current) this.entries.push(this.current);
    this.current = null;
  }
}
