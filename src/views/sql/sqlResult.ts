import type { TextSqlConnection } from '../../db/connection';
import type { Lang } from '../../i18n/lang';
import type { DataColumn } from '../../table/DataTable';
import type { DataRow, RowSource } from '../../table/rowSource';
import type { ReadOnlySql } from './readOnlySql';

/** A column of a query's result, as DuckDB describes it. */
export interface ResultColumn {
  name: string;
  type: string;
}

/** A query's result, computed once and kept in the SQL connection's temporary table `sql_result`. */
export interface SqlResult {
  columns: ResultColumn[];
  /** Rows kept: all of them, up to `RESULT_ROW_CAP`. */
  count: number;
}

/** At most this many rows of a result are kept (the table, "chart this" and the exports read them). */
export const RESULT_ROW_CAP = 1_000_000;

/** Temporary: only the SQL view's own connection sees it; each run replaces it. */
const RESULT_TABLE = 'sql_result';

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;

export const isNumericSqlType = (type: string): boolean => NUMERIC_TYPE.test(type);

/** A row count or offset written into SQL text (the SQL connection takes no `?` parameters). */
function rowNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return n;
}

/**
 * Runs a checked read statement once, as the one statement the SQL view runs for it (the one
 * Cancel and the time limit stop), keeping its first `RESULT_ROW_CAP` rows in `sql_result`.
 * The statement stands as a subquery, where DuckDB's parser accepts only a query.
 * `checkReadOnlySql` is the gate in every engine (the `ReadOnlySql` type makes it required):
 * native node-api would run several statements; the browser's CancellableConnection refuses
 * them. The line breaks keep a trailing `--` comment from swallowing the closing
 * parenthesis. Rows keep the query's order (insertion order).
 */
export async function runToResult(conn: TextSqlConnection, sql: ReadOnlySql): Promise<SqlResult> {
  await conn.rows(`CREATE OR REPLACE TEMP TABLE "${RESULT_TABLE}" AS SELECT * FROM (\n${sql}\n) AS q LIMIT ${RESULT_ROW_CAP}`);
  const columns = await conn.rows<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE "${RESULT_TABLE}")`);
  const [row] = await conn.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${RESULT_TABLE}"`);
  return { columns: columns.map((c) => ({ name: c.column_name, type: c.column_type })), count: row?.n ?? 0 };
}

/** The result's rows in windows; no totals (a free query has no known measures). */
export function resultRowSource(conn: TextSqlConnection, result: SqlResult): RowSource {
  return {
    summary: async () => ({ count: result.count, totals: {} }),
    window: async (offset, limit) => conn.rows<DataRow>(`SELECT * FROM "${RESULT_TABLE}" LIMIT ${rowNumber(limit)} OFFSET ${rowNumber(offset)}`),
  };
}

/** The result's first `limit` rows (for "chart this" and the exports). */
export async function resultRows(conn: TextSqlConnection, limit: number): Promise<DataRow[]> {
  return conn.rows<DataRow>(`SELECT * FROM "${RESULT_TABLE}" LIMIT ${rowNumber(limit)}`);
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)\b/;

/** A column name that says its numbers are labels, not quantities: a year, an id, an index, a code, a line number (年度, 编号, 序号, 行). */
const LABEL_NUMBER_NAME = /(?:^|_)(?:year|years|id|index|idx|code|line|no|seq)(?:$|_)|年|编号|序号|行号|代码/i;

/** Whether a result column's whole numbers are shown as plain digits (2024, not 2,024): integer columns named like a year, id, index or line. */
export const isLabelNumberColumn = (c: ResultColumn): boolean => INTEGER_TYPE.test(c.type) && LABEL_NUMBER_NAME.test(c.name);

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
      format: isLabelNumberColumn(c)
        ? (value: unknown, _lang: Lang) => (typeof value === 'number' || typeof value === 'bigint' ? String(value) : formatAny(value))
        : (value: unknown, _lang: Lang) => formatAny(value),
      sortable: false,
      filterable: false,
    };
  });
}

/** "Chart this" applies to a two-column result: a label and a number. */
export function isChartable(columns: readonly ResultColumn[]): boolean {
  return columns.length === 2 && isNumericSqlType(columns[1]!.type);
}
