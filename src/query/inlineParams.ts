import type { SqlParam } from '../db/connection';

/** A parameter as an SQL literal: numbers as written, texts quoted with their quotes doubled, NULL. */
export function literal(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * The SQL with each `?` (outside quoted strings, identifiers and comments) replaced by its
 * parameter as a literal, in order: the statement as one runs it by hand (in the SQL view or
 * DuckDB) to reproduce a figure. For reading and rerunning only; the app runs the parameterized SQL.
 */
export function inlineParams(sql: string, params: readonly SqlParam[]): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      if (next >= params.length) throw new Error('more ? marks than parameters');
      out += literal(params[next++]!);
    } else {
      out += c;
    }
  }
  if (next !== params.length) throw new Error(`${params.length} parameters for ${next} ? marks`);
  return out;
}
