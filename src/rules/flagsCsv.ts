import { TABLES, type FlagRow } from '../contract/tables';

/** Cells that a spreadsheet would run as a formula start with one of these; such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The flags as CSV for Excel: UTF-8 with a byte-order mark (so Chinese opens
 * correctly), the contract columns as header, CRLF line ends, and text cells that
 * begin with `= + - @` (or a tab/CR) neutralized with a leading apostrophe.
 */
export function flagsToCsv(rows: readonly FlagRow[]): string {
  const columns = TABLES.flags.columns.map((c) => c.name);
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell((row as Record<string, unknown>)[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
