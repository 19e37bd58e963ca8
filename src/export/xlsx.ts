import { utils, write, type WorkSheet } from '@e965/xlsx';
import { contextRows, exportMatrix, totalsRow, type ExportColumn, type ExportContext, type ExportFormat } from './exportTable';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** Excel number formats: the value stays the number, the cell shows it as the UI does. */
export const NUMBER_FORMATS: Record<ExportFormat, string> = {
  rate: '0.00%',
  money: '#,##0.00',
  score: '0.00',
  int: '0',
  year: '0',
};

/** Gives the number cells of rows first..last (0-based, inclusive) their column's number format. */
function formatColumns(sheet: WorkSheet, columns: readonly ExportColumn[], first: number, last: number): void {
  columns.forEach((column, c) => {
    if (!column.format) return;
    for (let r = first; r <= last; r++) {
      const cell = sheet[utils.encode_cell({ r, c })];
      if (cell && cell.t === 'n') cell.z = NUMBER_FORMATS[column.format];
    }
  });
}

/**
 * XLSX workbook, header row frozen: numbers as number cells (with their column's number
 * format: rates as %, amounts with two decimals), texts exactly as the data has them in
 * shared-string text cells (`t="s"`), which a spreadsheet never runs as a formula
 * (`=HYPERLINK(…)` stays text), so they need no CSV-style apostrophe. With a context: the
 * title and the context lines above the header, the totals row below the rows, and a
 * second sheet listing every setting behind the table.
 */
export function toXlsx(name: string, columns: readonly ExportColumn[], rows: readonly Record<string, unknown>[], context?: ExportContext): Uint8Array {
  const before = context ? contextRows(context) : [];
  const totals = context?.totals ? [totalsRow(columns, context.totals)] : [];
  const sheet = utils.aoa_to_sheet([...before, ...exportMatrix(columns, rows), ...totals]);
  const header = before.length;
  formatColumns(sheet, columns, header + 1, header + rows.length + totals.length);
  sheet['!cols'] = columns.map((c, i) => ({ wch: Math.min(40, Math.max(i === 0 && context ? 14 : 8, c.header.length * 2 + 2)) }));
  sheet['!freeze'] = { xSplit: 0, ySplit: header + 1 };
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName(name));
  if (context) {
    const settings = utils.aoa_to_sheet([[...context.settingsHeader], ...context.settings.map(([k, v]) => [k, v])]);
    settings['!cols'] = [{ wch: 18 }, { wch: 80 }];
    utils.book_append_sheet(book, settings, sheetName(context.settingsSheet));
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer);
}
