/** A column of an exported table: the row key and the header written in the file. */
export interface ExportColumn {
  id: string;
  header: string;
}

/**
 * A cell as it goes into a file: a number stays a number; everything else is text or empty.
 * Texts are as the data has them: each format guards formula-like text its own way
 * (CSV with a leading apostrophe, XLSX by writing text cells, which never run).
 */
export type ExportCell = number | string | null;

export function exportCell(value: unknown): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Header row plus data rows, every cell ready for CSV or XLSX. */
export function exportMatrix(columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[]): ExportCell[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => exportCell(row[c.id])))];
}
