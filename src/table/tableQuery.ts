import type { SqlParam } from '../db/connection';
import type { Localized } from '../i18n/lang';
import { columnFilterSql, type FilterSql } from './columnFilter';
import { columnIdent, type Relation } from './columns';

/** How a column's footer total is computed, in SQL over the filtered rows. */
export type TotalSpec =
  | { kind: 'sum' }
  | { kind: 'avg' }
  /** Σ numerator / Σ denominator over rows where both are present (e.g. a weighted execution rate). */
  | { kind: 'ratio'; numerator: string; denominator: string };

/** The alias of the queried table: conditions from outside may qualify columns with it (`t.year`). */
export const TABLE_ALIAS = 't';

/**
 * A table view over one relation (a contract table, or a fixed query over them): the
 * columns shown, conditions from outside (global filters), the user's per-column filters
 * and sort. Everything becomes SQL with `?` parameters; identifiers come only from the
 * relation's column list (see columns.ts).
 */
export interface TableQuery {
  relation: Relation;
  columns: readonly string[];
  conditions: readonly FilterSql[];
  columnFilters: readonly { id: string; value: string }[];
  sorting: readonly { id: string; desc: boolean }[];
}

export interface WhereClause extends FilterSql {
  /** Filters that could not be read, by column id (they are left out of the query). */
  errors: Record<string, Localized>;
}

export function whereClause(q: TableQuery): WhereClause {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  const errors: Record<string, Localized> = {};
  for (const c of q.conditions) {
    if (!c.sql.trim()) continue;
    parts.push(`(${c.sql})`);
    params.push(...c.params);
  }
  for (const f of q.columnFilters) {
    if (!f.value.trim()) continue;
    const result = columnFilterSql(q.relation, f.id, f.value);
    if (!result.ok) {
      errors[f.id] = result.error;
      continue;
    }
    parts.push(`(${result.filter.sql})`);
    params.push(...result.filter.params);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, errors };
}

function orderBy(q: TableQuery): string {
  if (q.sorting.length === 0 && q.relation.storedInOrder) return '';
  const keys = q.sorting.map((s) => `${columnIdent(q.relation, s.id)} ${s.desc ? 'DESC' : 'ASC'} NULLS LAST`);
  // The contract's own sort order breaks ties, so windows fetched one by one line up.
  for (const key of q.relation.sortBy) {
    if (!q.sorting.some((s) => s.id === key)) keys.push(columnIdent(q.relation, key));
  }
  return `ORDER BY ${keys.join(', ')}`;
}

function selectList(q: TableQuery): string {
  return q.columns.map((c) => columnIdent(q.relation, c)).join(', ');
}

/** The filtered, sorted rows (every one: for export). */
export function rowsSql(q: TableQuery): FilterSql {
  const where = whereClause(q);
  return { sql: `SELECT ${selectList(q)} FROM ${q.relation.from} AS ${TABLE_ALIAS} ${where.sql} ${orderBy(q)}`, params: where.params };
}

/** One window of the filtered, sorted rows. */
export function windowSql(q: TableQuery, offset: number, limit: number): FilterSql {
  const all = rowsSql(q);
  return { sql: `${all.sql} LIMIT ? OFFSET ?`, params: [...all.params, limit, offset] };
}

/** Row count (`n`) and one total per listed column (`total_<column>`), over the filtered rows. */
export function summarySql(q: TableQuery, totals: Readonly<Record<string, TotalSpec>>): FilterSql {
  const where = whereClause(q);
  const aggregates = ['count(*) AS n'];
  for (const [column, spec] of Object.entries(totals)) {
    const ident = columnIdent(q.relation, column);
    const alias = `"total_${column}"`;
    if (spec.kind === 'sum') aggregates.push(`sum(${ident}) AS ${alias}`);
    else if (spec.kind === 'avg') aggregates.push(`avg(${ident}) AS ${alias}`);
    else {
      const num = columnIdent(q.relation, spec.numerator);
      const den = columnIdent(q.relation, spec.denominator);
      const both = `FILTER (WHERE ${num} IS NOT NULL AND ${den} IS NOT NULL)`;
      aggregates.push(`sum(${num}) ${both} / nullif(sum(${den}) ${both}, 0) AS ${alias}`);
    }
  }
  return { sql: `SELECT ${aggregates.join(', ')} FROM ${q.relation.from} AS ${TABLE_ALIAS} ${where.sql}`, params: where.params };
}
