import { utils, type WorkBook } from '@e965/xlsx';

/** A CSV export (BOM removed) split into its context lines (up to the first blank line), its header line and the lines after it. */
export function csvParts(text: string): { context: string[]; header: string; rows: string[] } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
  const blank = lines.indexOf('');
  return { context: lines.slice(0, blank), header: lines[blank + 1] ?? '', rows: lines.slice(blank + 2) };
}

/** The first sheet of an XLSX export as objects keyed by its header row (the row whose first cell is `firstHeader`), the totals row included. */
export function xlsxTable(book: WorkBook, firstHeader: string): Record<string, unknown>[] {
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const matrix = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, blankrows: true });
  const headerRow = matrix.findIndex((r) => r[0] === firstHeader);
  if (headerRow < 0) throw new Error(`no header row starting with ${firstHeader}`);
  return utils.sheet_to_json<Record<string, unknown>>(sheet, { range: headerRow });
}
