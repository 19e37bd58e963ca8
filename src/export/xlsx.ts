import { utils, write } from '@e965/xlsx';
import { exportMatrix, type ExportColumn } from './exportTable';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

/**
 * One-sheet XLSX workbook, header row frozen: numbers as number cells, texts exactly as
 * the data has them in shared-string text cells (`t="s"`), which a spreadsheet never runs
 * as a formula (`=HYPERLINK(…)` stays text), so they need no CSV-style apostrophe.
 */
export function toXlsx(name: string, columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const sheet = utils.aoa_to_sheet(exportMatrix(columns, rows));
  sheet['!cols'] = columns.map((c) => ({ wch: Math.min(40, Math.max(8, c.header.length * 2)) }));
  sheet['!freeze'] = { xSplit: 0, ySplit: 1 };
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName(name));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer);
}
