import { TABLES, type ColumnType } from '../contract/tables';
import type { ContractRows, IngestedTable } from './contractRows';

const INT32_MAX = 2 ** 31 - 1;

/** A value as its column type takes it, or null when it cannot hold it (and `false`: it was out of range). */
function checked(type: ColumnType, value: unknown): { value: unknown; ok: boolean } {
  if (value === null || value === undefined) return { value: null, ok: true };
  switch (type) {
    case 'INTEGER':
      return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= INT32_MAX ? { value, ok: true } : { value: null, ok: false };
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? { value, ok: true } : { value: null, ok: false };
    case 'VARCHAR':
      return typeof value === 'string' ? { value: text(value), ok: true } : { value: null, ok: false };
    case 'VARCHAR[]':
      return Array.isArray(value) ? { value: value.map((item) => text(String(item))), ok: true } : { value: null, ok: false };
  }
}

/** Text DuckDB stores as it is: no NUL, no lone surrogate (a document cut inside a character). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
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
        const { value, ok } = checked(column.type, row[column.name]);
        if (!ok) nulled += 1;
        row[column.name] = value;
      }
    }
  }
  return nulled;
}
