import type { SqlParam } from '../db/connection';
import type { Localized } from '../i18n/lang';
import { columnIdent, columnType, isNumericType, type Relation } from './columns';

/** A per-column filter as SQL: a boolean expression with `?` placeholders and its parameters. */
export interface FilterSql {
  sql: string;
  params: SqlParam[];
}

export type ColumnFilterResult = { ok: true; filter: FilterSql } | { ok: false; error: Localized };

const OPS: Record<string, string> = { '>=': '>=', '<=': '<=', '>': '>', '<': '<', '=': '=', '≥': '>=', '≤': '<=', '≧': '>=', '≦': '<=', '＝': '=' };
const NUMBER = String.raw`(-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*(%?)`;
const COMPARISON = new RegExp(String.raw`^(>=|<=|>|<|=|≥|≤|≧|≦|＝)?\s*${NUMBER}$`);
const BETWEEN = new RegExp(String.raw`^${NUMBER}\s*\.\.\s*${NUMBER}$`);
const EMPTY_WORDS = new Set(['空', 'null', 'empty']);

function toNumber(digits: string, percent: string): number {
  const value = Number(digits.replace(/,/g, ''));
  return percent ? value / 100 : value;
}

/**
 * Turns what a user typed into a column's filter box into SQL.
 * Numbers: `>=0.6`, `<60%` (a percentage is a fraction, as rates are stored), `=10`, `10..20`, plain `10`;
 * text and lists: case-insensitive substring; `空`/`null` matches missing values in either.
 */
export function columnFilterSql(relation: Relation, column: string, input: string): ColumnFilterResult {
  const ident = columnIdent(relation, column);
  const type = columnType(relation, column);
  const text = input.trim();
  if (EMPTY_WORDS.has(text.toLowerCase())) return { ok: true, filter: { sql: `${ident} IS NULL`, params: [] } };
  if (isNumericType(type)) {
    const between = BETWEEN.exec(text);
    if (between) {
      const lo = toNumber(between[1]!, between[2]!);
      const hi = toNumber(between[3]!, between[4]!);
      return { ok: true, filter: { sql: `${ident} BETWEEN ? AND ?`, params: [Math.min(lo, hi), Math.max(lo, hi)] } };
    }
    const comparison = COMPARISON.exec(text);
    if (comparison) {
      const op = OPS[comparison[1] ?? '='] ?? '=';
      return { ok: true, filter: { sql: `${ident} ${op} ?`, params: [toNumber(comparison[2]!, comparison[3]!)] } };
    }
    return {
      ok: false,
      error: { zh: `无法识别的数值条件：${text}（例：>=0.6、<60%、10..20）`, en: `Not a number condition: ${text} (e.g. >=0.6, <60%, 10..20)` },
    };
  }
  const haystack = type === 'VARCHAR[]' ? `array_to_string(${ident}, ' ')` : ident;
  return { ok: true, filter: { sql: `contains(lower(${haystack}), lower(?))`, params: [text] } };
}
