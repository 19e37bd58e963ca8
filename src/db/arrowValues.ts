import type { Table, Vector } from 'apache-arrow';

/** A result column by column, as ECharts' column-based `dataset.source` takes it. */
export type Columns = Record<string, ArrayLike<unknown>>;

/** One cell of a column-wise result: column `key`, row `i` (undefined when the column is absent). */
export const at = (data: Columns, key: string, i: number): unknown => data[key]?.[i];

/** JS value of one Arrow cell: BIGINT → number, lists → arrays, structs → objects. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  const v = value as { toArray?: () => ArrayLike<unknown>; toJSON?: () => unknown };
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, plainValue);
  if (typeof v.toArray === 'function') return Array.from(v.toArray(), plainValue);
  if (typeof v.toJSON === 'function') {
    const json = v.toJSON() as Record<string, unknown>;
    return Object.fromEntries(Object.entries(json).map(([k, x]) => [k, plainValue(x)]));
  }
  return value;
}

/**
 * One column's values. Typed arrays are used as they are unless the column has NULLs or
 * 64-bit integers; a column of lists or structs is read a cell at a time, when a cell is
 * read (a query that repeats its chart's axis list on every row is read once, not per row).
 */
export function columnValues(vector: Vector): ArrayLike<unknown> {
  if (vector.type.children?.length) return lazyCells(vector);
  const direct = vector.nullCount === 0 ? vector.toArray() : null;
  if (direct && !(direct instanceof BigInt64Array) && !(direct instanceof BigUint64Array) && !Array.isArray(direct)) return direct;
  return Array.from({ length: vector.length }, (_, i) => plainValue(vector.get(i)));
}

/** An array-like view of a nested column: each cell converted (and kept) when first read. */
function lazyCells(vector: Vector): ArrayLike<unknown> {
  const cells = new Map<number, unknown>();
  const cell = (i: number) => {
    if (!cells.has(i)) cells.set(i, plainValue(vector.get(i)));
    return cells.get(i);
  };
  return new Proxy({ length: vector.length } as ArrayLike<unknown>, {
    get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? (Number(key) < vector.length ? cell(Number(key)) : undefined) : Reflect.get(target, key)),
  });
}

/** An Arrow result as columns keyed by name (no row-by-row reshaping). */
export function arrowColumns(table: Table): Columns {
  const out: Columns = {};
  for (const field of table.schema.fields) {
    const child = table.getChild(field.name);
    if (child) out[field.name] = columnValues(child);
  }
  return out;
}

/** Rows of an Arrow result as plain objects. */
export function arrowRows<T>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = arrowColumns(table);
  return Array.from({ length: table.numRows }, (_, i) => {
    const row: Record<string, unknown> = {};
    for (const name of names) row[name] = columns[name]?.[i] ?? null;
    return row as T;
  });
}
