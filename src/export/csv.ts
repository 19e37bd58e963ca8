import { contextRows, exportMatrix, totalsRow, type ExportCell, type ExportColumn, type ExportContext, type ExportFormat } from './exportTable';
import { neutralizeText } from './neutralize';

/** Byte-order mark: Excel opens UTF-8 CSV with Chinese text correctly only with it. */
export const BOM = '\uFEFF';

/**
 * A number as a spreadsheet reads it back as that number in its format: a rate as a
 * percentage with two decimals (0.749450549 → 74.95%), an amount or a score with two
 * decimals (1733.5 → 1733.50, no separators), a whole number as digits (2024); a column
 * without a format as JavaScript writes it.
 */
export function csvNumber(value: number, format: ExportFormat | undefined): string {
  switch (format) {
    case 'rate':
      return `${(value * 100).toFixed(2)}%`;
    case 'money':
    case 'score':
      return value.toFixed(2);
    case 'int':
    case 'year':
      return Number.isInteger(value) ? String(value) : value.toFixed(2);
    default:
      return String(value);
  }
}

function csvField(cell: ExportCell, format?: ExportFormat): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? csvNumber(cell, format) : neutralizeText(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF rows, quoted where needed), UTF-8 with BOM, formula-like texts neutralized.
 * With a context: its title and label/value lines first (filters, time, data fingerprint), a
 * blank line, then the header, the rows and the totals row; numbers in their column's format.
 */
export function toCsv(columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[], context?: ExportContext): string {
  const table = exportMatrix(columns, rows).map((line, i) => line.map((cell, j) => csvField(cell, i === 0 ? undefined : columns[j]?.format)).join(','));
  const before = context ? contextRows(context).map((line) => line.map((cell) => csvField(cell)).join(',')) : [];
  const after = context?.totals ? [totalsRow(columns, context.totals).map((cell, j) => csvField(cell, columns[j]?.format)).join(',')] : [];
  return BOM + [...before, ...table, ...after].join('\r\n') + '\r\n';
}
