/**
 * Finding labels in a row as OCR and flattening leave them: in the row's text without whitespace
 * (a label split over cells, `全年执行|数`, still matches), tolerant of a character printed twice at
 * a cell boundary (`评分等|等级`), plus the fragments OCR leaves of some labels (`三级扫|指标`,
 * `评分等|纵`, `预|期目标`). Header cells name a role when they contain one of its labels.
 * The synonyms are the shared vocabulary of `../labels.ts`.
 */
import {
  FUNDS_BLOCK_LABELS,
  FUNDS_COLUMN_ROLES,
  FUNDS_ROW_LABELS,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_ASIDE_LABELS,
  INDICATOR_BLOCK_LABELS,
  INDICATOR_COLUMN_ROLES,
  keyMatches,
  labelKey,
  TOTAL_LABELS as SHARED_TOTAL_LABELS,
} from '../labels';
import { tableTextMemo } from '../../normalize/textMemo';
import { type Row, rowMemo, rowWidth } from '../row';

/** Longest first: where two labels start at the same place, the longer one is the label. */
const byLength = (labels: readonly string[]): readonly string[] => [...new Set(labels.map(labelKey))].sort((a, b) => b.length - a.length);

export const PROJECT_LABELS = byLength(HEADER_FIELD_LABELS.project);
export const DEPARTMENT_LABELS = byLength(HEADER_FIELD_LABELS.department);
export const UNIT_LABELS = byLength(HEADER_FIELD_LABELS.implementingUnit);
export const BUDGET_UNIT_LABELS = byLength(HEADER_FIELD_LABELS.budgetUnit);
export const FUNDS_TOTAL_LABELS = byLength(FUNDS_ROW_LABELS.total);
/** Rows of the funds block below the total: structure, their figures are not part of the form model. */
export const FUNDS_DETAIL_LABELS = byLength([...FUNDS_ROW_LABELS.fiscal, ...FUNDS_ROW_LABELS.carryOver, ...FUNDS_ROW_LABELS.other.filter((label) => label !== '其他'), ...FUNDS_BLOCK_LABELS]);
/** The goal block's label and the pieces OCR splits it into (`年度 总体 目标`). */
export const GOAL_LABEL_TOKENS = byLength([...GOAL_BLOCK_LABELS, '年度', '总体', '目标']);
/** The start of the 实际完成情况 half, also when OCR split it (`实|际完成情|况`). */
export const GOAL_ACTUAL_LABELS = byLength([...GOAL_COLUMN_ROLES.actual, '实际完成', '际完成情', '际完成', '完成情况']);
/** The row naming the goal block's columns: 预期目标 … 实际完成情况 (`预|期目标`). */
export const GOAL_HEADER_LABELS = byLength([...GOAL_COLUMN_ROLES.expected, '期目标', ...GOAL_ACTUAL_LABELS]);
export const TOTAL_LABELS = byLength(SHARED_TOTAL_LABELS);
/** `评分等` alone is enough: OCR misreads the last character (`评分等|纵`). */
export const GRADE_LABELS = byLength([...HEADER_FIELD_LABELS.grade, '评分等']);

export type FundsRole = keyof typeof FUNDS_COLUMN_ROLES;

export const FUNDS_ROLE_SYNONYMS: Readonly<Record<FundsRole, readonly string[]>> = FUNDS_COLUMN_ROLES;

/** Budget roles: a funds header row names at least one of them. */
export const FUNDS_AMOUNT_ROLES: readonly FundsRole[] = ['budgetInitial', 'budgetFullYear', 'executed'];

export type IndicatorRole = keyof typeof INDICATOR_COLUMN_ROLES;

/** An indicator table's columns: each role's span. */
export type IndicatorColumns = Map<IndicatorRole, Span>;

export const INDICATOR_ROLE_SYNONYMS: Readonly<Record<IndicatorRole, readonly string[]>> = {
  ...INDICATOR_COLUMN_ROLES,
  level1: [...INDICATOR_COLUMN_ROLES.level1, '一级'],
  level2: [...INDICATOR_COLUMN_ROLES.level2, '二级'],
  name: [...INDICATOR_COLUMN_ROLES.name, '三级'],
  // Jiangxi's export breaks 年度指标值 as 年度 / 指标 in one cell, its 值 lost.
  target: [...INDICATOR_COLUMN_ROLES.target, '年度指标'],
  // The hb 项目支出绩效目标申报表's 指标值 | 说明, a note on the target: a column label in a header only (in text a word).
  deviationNote: [...INDICATOR_COLUMN_ROLES.deviationNote, '偏差原因', '改进措施', '说明'],
};

/** `INDICATOR_ASIDE_LABELS` by length, longest first. */
export const ASIDE_INDICATOR_LABELS = byLength(INDICATOR_ASIDE_LABELS);

/**
 * Labels that name no column of a synonym table's header, though they hold a synonym: the indicator block's own labels
 * (Tianjin's 部门整体 年度指标完成情况 holds 年度指标) and the goal table's 实际完成情况 (which holds 实际完成), so that
 * Tianjin's goal table by number (年度绩效目标完成情况 | 目标序号 | 年度绩效目标 | 实际完成情况 | 偏差原因分析及改进措施)
 * is no indicator header.
 */
const BLOCK_LABELS = new WeakMap<object, readonly string[]>([[INDICATOR_ROLE_SYNONYMS, [...INDICATOR_BLOCK_LABELS, ...GOAL_COLUMN_ROLES.actual]]]);

/** Tails of split indicator header labels (`二级|指标`, `偏差原因|及改进措施`) on a header's second line. */
export const INDICATOR_HEADER_TAILS = ['指标', '及改进', '措施', '分析'] as const;

/**
 * The 一级/二级 families: which 二级 label belongs under which 一级 label,
 * tested on labels as OCR prints them, so fragments (`可持`, `服对满度标`) still tell their family.
 */
export const LEVEL_FAMILIES = [
  { level1: /[产出]/, level2: /数量|质量|时效|成本/ },
  { level1: /[效益]/, level2: /经济|社会|生态|可持|续影|响指/ },
  { level1: /[满意]/, level2: /服务|对象|满|意/ },
] as const;

/** Characters of the 一级/二级 labels: an OCR fragment in a label column without any of them is noise. */
export const LEVEL_LABEL_CHARS = new Set([...'产出效益满意度指标数量质量时效成本经济社会生态可持续影响服务对象']);

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * A label list as one pattern, each label's characters allowed to repeat (`评分等等级`): one search
 * per text instead of one per label. Its alternatives keep the list's order (longest first), so
 * at the leftmost place where any label matches, the first of them that matches there is taken —
 * what searching label by label and keeping the earliest (the first on a tie) gives.
 */
function listPattern(labels: readonly string[]): RegExp {
  let pattern = patterns.get(labels);
  if (pattern === undefined) {
    pattern = new RegExp(labels.map((label) => [...label].map((ch) => `${escape(ch)}+`).join('')).join('|'));
    patterns.set(labels, pattern);
  }
  return pattern;
}

/** The earliest match of any of the labels (longest first) in a text already in `labelKey` form (kept: see `textMemo`). */
export const findInKey: (key: string, labels: readonly string[]) => { start: number; end: number } | null = tableTextMemo((key: string, labels: readonly string[]) => {
  const match = listPattern(labels).exec(key);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
});

const startPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The match of one of the labels at the very start of a key: what `findInKey` gives when its match
 * starts at 0 (the same label, the same extent), without searching the rest of the key.
 */
export function findAtStart(key: string, labels: readonly string[]): { start: number; end: number } | null {
  let pattern = startPatterns.get(labels);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:${listPattern(labels).source})`);
    startPatterns.set(labels, pattern);
  }
  const match = pattern.exec(key);
  return match ? { start: 0, end: match[0].length } : null;
}

/** The earliest match of any of the labels in text as `labelKey` gives it, tolerant of doubled characters. */
export const findLabel = (text: string, labels: readonly string[]): { start: number; end: number } | null => findInKey(labelKey(text), labels);

/** A row's text as one label key, computed once per row (rows are tested against many label lists). */
export function rowKey(row: Row): string {
  const memo = rowMemo(row);
  memo.key ??= row.cells.map((cell) => cell.key).join('');
  return memo.key;
}

/** Where one of the labels first occurs in the row's text. */
export const findRowLabel = (row: Row, labels: readonly string[]): { start: number; end: number } | null => findInKey(rowKey(row), labels);

export const rowHasLabel = (row: Row, labels: readonly string[]): boolean => findRowLabel(row, labels) !== null;

/** Header cells are short; longer text (a goal, a note) never names a column. */
const MAX_HEADER_TEXT = 40;

/** A synonym table as one pattern (its synonyms longest first) and the role of each synonym (the first role that lists it). */
interface RoleSearch {
  readonly pattern: RegExp;
  readonly roleOf: ReadonlyMap<string, string>;
}

const roleSearches = new WeakMap<object, RoleSearch>();

function roleSearch<R extends string>(synonyms: Readonly<Record<R, readonly string[]>>): RoleSearch {
  let search = roleSearches.get(synonyms);
  if (search === undefined) {
    const roleOf = new Map<string, string>();
    for (const role of Object.keys(synonyms) as R[]) for (const synonym of synonyms[role]) if (!roleOf.has(labelKey(synonym))) roleOf.set(labelKey(synonym), role);
    const keys = [...roleOf.keys()].sort((a, b) => b.length - a.length);
    search = { pattern: new RegExp(keys.map((key) => [...key].map(escape).join('')).join('|')), roleOf };
    roleSearches.set(synonyms, search);
  }
  return search;
}

/**
 * The role whose synonym occurs earliest in a header cell's key (the longest synonym on a tie):
 * one search of the key, the pattern's alternatives longest first.
 */
export function roleInKey<R extends string>(key: string, synonyms: Readonly<Record<R, readonly string[]>>): R | null {
  return rolesInKey(key, synonyms) as R | null;
}

/** Roles in keys by synonym table, kept (see `textMemo`). */
const rolesInKey = tableTextMemo((key: string, synonyms: Readonly<Record<string, readonly string[]>>): string | null => {
  if (key === '' || key.length > MAX_HEADER_TEXT) return null;
  const blockLabels = BLOCK_LABELS.get(synonyms);
  if (blockLabels !== undefined && keyMatches(key, blockLabels)) return null;
  const search = roleSearch(synonyms);
  const match = search.pattern.exec(key);
  return match === null ? null : (search.roleOf.get(match[0]) ?? null);
});

/** A column's span in a header: its first and last column (unlabelled columns to its right continue it). */
export interface Span {
  first: number;
  last: number;
}

/**
 * Column roles of a header given as one key per column: a column without a label continues the
 * labelled column on its left (a merged header cell, or a label's tail such as `全年执行|数`).
 * Each role is taken once.
 */
export function columnRoles<R extends string>(columns: readonly string[], synonyms: Readonly<Record<R, readonly string[]>>, asides: readonly string[] = []): Map<R, Span> {
  const roles = new Map<R, Span>();
  let current: Span | null = null;
  columns.forEach((key, col) => {
    // A column nothing is read from (`asides`): it ends the span before it, and is no role's.
    if (key !== '' && findAtStart(key, asides) !== null) {
      current = { first: col, last: col };
      return;
    }
    const role = roleInKey(key, synonyms);
    if (role !== null && !roles.has(role)) {
      current = { first: col, last: col };
      roles.set(role, current);
    } else if (current !== null) {
      current.last = col;
    }
  });
  return roles;
}

/** A row's keys by column (`col`), blank columns as ''; merged cells fill their span's first column. */
export function keysByColumn(row: Row): string[] {
  const width = rowWidth(row);
  const keys = new Array<string>(width).fill('');
  for (const cell of row.cells) keys[cell.col] = cell.key;
  return keys;
}
