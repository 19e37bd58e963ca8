import { TABLES, type ColumnType } from '../contract/tables';
import type { ContractRows, IngestedTable } from './contractRows';

const INT32_MAX = 2 ** 31 - 1;

/** What `fitted` gives for a value its column cannot hold. */
const UNFIT = Symbol('unfit');

/** A value as its column type takes it (null for none), or UNFIT when the column cannot hold it. */
function fitted(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'INTEGER':
      return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= INT32_MAX ? value : UNFIT;
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? value : UNFIT;
    case 'VARCHAR':
      return typeof value === 'string' ? text(value) : UNFIT;
    case 'VARCHAR[]':
      return Array.isArray(value) ? value.map((item) => text(String(item))) : UNFIT;
  }
}

/** Text DuckDB stores as it is: no NUL, no lone surrogate (a document cut inside a character). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text with neither is stored as it is, without the two replacements (most text). */
const NUL_OR_SURROGATE = /[\u0000\uD800-\uDFFF]/;

function text(value: string): string {
  if (!NUL_OR_SURROGATE.test(value)) return value;
  return value.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Makes a document's rows fit their contract columns before they go to the writer: a figure no
 * INTEGER or DOUBLE column can hold (a 序号 of twenty digits, an amount that overflows) becomes
 * NULL, text loses NUL characters and lone surrogates. Returns how many values were set to NULL,
 * so that one malformed document never stops the others from being written.
 */
export function fitToContract(rows: ContractRows): number {
  let nulled = 0;
  for (const table of Object.keys(rows) as IngestedTable[]) {
    const columns = TABLES[table].columns;
    for (const row of rows[table] as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = fitted(column.type, row[column.name]);
        if (value === UNFIT) nulled += 1;
        row[column.name] = value === UNFIT ? null : value;
      }
    }
  }
  return nulled;
}
