/**
 * How a numeric column reads in a file: `rate` a fraction shown as a percentage (0.7495 →
 * 74.95%), `money` an amount in 万元 with two decimals, `score` two decimals, `int` and
 * `year` whole numbers without separators. Values stay numbers (XLSX number formats; in CSV
 * the text a spreadsheet reads back as that number).
 */
export type ExportFormat = 'rate' | 'money' | 'score' | 'int' | 'year';

/** What a column's footer total is (the totals row says which columns are sums, means or weighted). */
export type ExportTotal = 'sum' | 'avg' | 'ratio';

/** A column of an exported table: the row key, the header written in the file, and how its numbers read. */
export interface ExportColumn {
  id: string;
  header: string;
  format?: ExportFormat;
  total?: ExportTotal;
  /** The words a coded value reads as on screen (a quality level, a list of reasons), written instead of the code. */
  text?: (value: unknown) => string;
}

/**
 * What a file says about itself above the table: its title, the active filters, when it was
 * made and from which data, and (XLSX: a second sheet) every filter setting.
 */
export interface ExportContext {
  title: string;
  /** Label/value pairs of the context lines, in order: filters, time, fingerprint… */
  lines: readonly (readonly [string, string])[];
  /** Every setting behind the table, set or not (the XLSX's second sheet), label → value. */
  settings: readonly (readonly [string, string])[];
  /** The second sheet's name and its header row. */
  settingsSheet: string;
  settingsHeader: readonly [string, string];
  /** The totals row: its label (first cell) and values by column id; absent when the table has none. */
  totals?: { label: string; values: Readonly<Record<string, unknown>> } | null;
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
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => (c.text ? c.text(row[c.id]) : exportCell(row[c.id]))))];
}

/** The totals row: the label in the first column (unless that column has a total), each column's total. */
export function totalsRow(columns: readonly ExportColumn[], totals: NonNullable<ExportContext['totals']>): ExportCell[] {
  const cells = columns.map((c) => exportCell(totals.values[c.id]));
  if (cells[0] === null || cells[0] === undefined) cells[0] = totals.label;
  return cells;
}

/** Where the parts of a table with context sit: rows before the header, the header's row index (0-based). */
export function contextRows(context: ExportContext): ExportCell[][] {
  return [[context.title], ...context.lines.map(([label, value]) => [label, value]), []];
}
