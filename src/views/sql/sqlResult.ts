import type { SqlConnection } from '../../db/connection';
import type { Lang } from '../../i18n/lang';
import type { DataColumn } from '../../table/DataTable';
import type { DataRow, RowSource } from '../../table/rowSource';
import type { ReadOnlySql } from './readOnlySql';

/** A column of a query's result, as DuckDB describes it. */
export interface ResultColumn {
  name: string;
  type: string;
}

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;

export const isNumericSqlType = (type: string): boolean => NUMERIC_TYPE.test(type);

/**
 * The checked read statement as a subquery, where DuckDB's parser accepts only a query.
 * Every query here has a `?` parameter, so DuckDB-WASM runs it as a prepared statement,
 * which is one statement or an error ("Cannot prepare multiple statements at once");
 * native node-api would run several, so `checkReadOnlySql` is the gate in every engine
 * (the `ReadOnlySql` type makes it required). The line breaks keep a trailing `--`
 * comment from swallowing the closing parenthesis.
 */
const wrapped = (sql: ReadOnlySql) => `(\n${sql}\n) AS q`;

export async function describeResult(conn: SqlConnection, sql: ReadOnlySql): Promise<ResultColumn[]> {
  const rows = await conn.rows<{ column_name: string; column_type: string }>(
    `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${wrapped(sql)}) WHERE ?`,
    [true],
  );
  return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
}

/** The result's rows in windows, and its row count; no totals (a free query has no known measures). */
export function sqlRowSource(conn: SqlConnection, sql: ReadOnlySql): RowSource {
  return {
    async summary() {
      const [row] = await conn.rows<{ n: number }>(`SELECT count(*) AS n FROM ${wrapped(sql)} WHERE ?`, [true]);
      return { count: Number(row?.n ?? 0), totals: {} };
    },
    window(offset, limit) {
      return conn.rows<DataRow>(`SELECT * FROM ${wrapped(sql)} LIMIT ? OFFSET ?`, [limit, offset]);
    },
  };
}

/** Every row of the result (for export and "chart this"), capped. */
export function sqlAllRows(conn: SqlConnection, sql: ReadOnlySql, cap: number): Promise<DataRow[]> {
  return conn.rows<DataRow>(`SELECT * FROM ${wrapped(sql)} LIMIT ?`, [cap]);
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

export function formatAny(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberFormat.format(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(formatAny).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

/** Table columns for a result: headers are the result's own names (not translated). */
export function resultColumns(columns: readonly ResultColumn[]): DataColumn[] {
  return columns.map((c) => {
    const numeric = isNumericSqlType(c.type);
    return {
      id: c.name,
      header: { zh: c.name, en: c.name },
      numeric,
      width: Math.min(320, Math.max(numeric ? 90 : 220, c.name.length * 9 + 24)),
      format: (value: unknown, _lang: Lang) => formatAny(value),
      sortable: false,
      filterable: false,
    };
  });
}

/** "Chart this" applies to a two-column result: a label and a number. */
export function isChartable(columns: readonly ResultColumn[]): boolean {
  return columns.length === 2 && isNumericSqlType(columns[1]!.type);
}
