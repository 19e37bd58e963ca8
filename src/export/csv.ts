import { exportMatrix, type ExportCell, type ExportColumn } from './exportTable';
import { neutralizeText } from './neutralize';

/** Byte-order mark: Excel opens UTF-8 CSV with Chinese text correctly only with it. */
export const BOM = '\uFEFF';

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutralizeText(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF rows, quoted where needed), UTF-8 with BOM, formula-like texts neutralized. */
export function toCsv(columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[]): string {
  return BOM + exportMatrix(columns, rows).map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
