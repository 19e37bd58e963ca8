import { Field, Float64, Int32, List, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import { TABLES, type ColumnType, type TableName } from '../contract/tables';

/** The Arrow type of each contract column type: what DuckDB inserts into it as the contract's (see contractLoader's checks). */
function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'VARCHAR':
      return new Utf8();
    case 'INTEGER':
      return new Int32();
    case 'DOUBLE':
      return new Float64();
    case 'VARCHAR[]':
      return new List(new Field('item', new Utf8(), true));
  }
}

/**
 * Rows of a contract table → an Arrow table with exactly the contract's columns, in contract
 * order and types (absent values are NULL), ready to be appended to the table in DuckDB-WASM
 * (`insertArrowFromIPCStream` inserts by position).
 */
export function contractTable(table: TableName, rows: readonly object[]): Table {
  const columns = Object.fromEntries(
    TABLES[table].columns.map((c) => [c.name, vectorFromArray(rows.map((r) => (r as Record<string, unknown>)[c.name] ?? null), arrowType(c.type))]),
  );
  return new Table(columns);
}

/** Rows of a contract table as one Arrow IPC stream. */
export const contractIpc = (table: TableName, rows: readonly object[]): Uint8Array => tableToIPC(contractTable(table, rows), 'stream');

/** An Arrow IPC stream's rows as plain objects (lists as arrays, BIGINT as number). */
export function ipcRows<T = Record<string, unknown>>(ipc: Uint8Array): T[] {
  const table = tableFromIPC(ipc);
  const names = table.schema.fields.map((f) => f.name);
  const vectors = names.map((n) => table.getChild(n)!);
  const rows: T[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => (row[name] = plain(vectors[c]!.get(i))));
    rows.push(row as T);
  }
  return rows;
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') return Array.from(value.toArray() as ArrayLike<unknown>, plain);
  return value;
}

/** Concatenates IPC streams of one table (same schema) into one stream; null when there are none. */
export function concatIpc(parts: readonly Uint8Array[]): Uint8Array | null {
  const tables = parts.map((p) => tableFromIPC(p)).filter((t) => t.numRows > 0);
  if (tables.length === 0) return null;
  return tableToIPC(tables.reduce((all, t) => all.concat(t)), 'stream');
}
