import * as XLSX from '@e965/xlsx';
import { CFB, type CellObject, type ParsingOptions, type Range, type WorkBook, read, utils } from '@e965/xlsx';
import { isCompoundFile } from './compoundFile';
import { strToU8, zipSync } from 'fflate';
import type { Grid, ReadResult } from './grid';
import { corruptError, encryptedError, unknownFormatError } from './readErrors';
import { type FoundCell, type FoundRow, renderedGrid } from './renderedGrid';
import { decodeText } from './text/decodeText';
import { evaluateFormulas } from './sheetFormulas';
import { withMergedCellsClosed } from './spreadsheetXml';
import { unzipEntries } from './unzip';

const KIND = { xlsx: 'Excel (.xlsx)', xls: 'Excel (.xls)' } as const;

/** SheetJS's container of a zip's entries (CFB's; untyped in SheetJS's types). */
type ZipContainer = object;
/**
 * SheetJS's reader of an .xlsx from its zip container (what `read` calls after reading the zip):
 * exported by its ES module, not in its types; absent, `readWorkbook` hands `read` a zip instead.
 */
const parseZip = (XLSX as unknown as { parse_zip?: (zip: ZipContainer, options: ParsingOptions) => WorkBook }).parse_zip;
/**
 * SheetJS's reader of an .xls from its compound-file container (what `read` calls after reading
 * the container; it resets the code page itself): exported by its ES module, not in its types.
 */
const parseXlsContainer = (XLSX as unknown as { parse_xlscfb?: (container: ZipContainer, options: ParsingOptions) => WorkBook }).parse_xlscfb;
/** `cellStyles`: SheetJS reads which rows and columns are hidden (`!rows`, `!cols`) only with the styles (~5 % more time). */
const READ_OPTIONS = { dense: true, cellFormula: false, cellHTML: false, cellStyles: true, bookVBA: false } as const;

/**
 * An .xlsx or .xls workbook's bytes → its grid: every visible sheet in order, a paragraph row
 * with the sheet's name before its rows (of kind `sheet`: structure, which the recognizer reads as
 * the end of whatever the sheet before held), cells by address with the text the sheet shows
 * (`cell.w`: a rate formatted as 93.39% reads "93.39%"), `!merges` resolved like Word's and the
 * web's (text in the first cell, span across, `mergedDown` blanks below). Refs: `Sheet1!B7`.
 * An .xlsx is unzipped here within the size caps and its entries handed to SheetJS's workbook
 * reader as the container its zip reader makes, so SheetJS never inflates anything itself; an .xls
 * is handed over with its workbook stream alone.
 */
export function readWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls'): ReadResult {
  let input = bytes;
  let container: ZipContainer | null = null;
  if (format === 'xlsx') {
    const unzipped = unzipEntries(bytes, () => true, KIND.xlsx);
    if (!unzipped.ok) return unzipped;
    if (parseZip !== undefined) container = zipContainer(unzipped.files);
    else input = zipSync(unzipped.files, { level: 0 });
  }
  let book: WorkBook;
  // Excel 2003 XML carries formulas without trustworthy results (Excel recalculates on opening): read them to evaluate them.
  let spreadsheetXml = false;
  try {
    if (format === 'xls' && isCompoundFile(bytes)) {
      const workbook = workbookStreamOnly(bytes);
      if (parseXlsContainer !== undefined) container = workbook;
      else input = new Uint8Array(CFB.write(workbook, { type: 'array' }));
    } else if (format === 'xls') {
      input = withMergedCellsClosed(bytes);
      spreadsheetXml = true;
    }
    // Formulas and their cells' number formats, to show what a formula gives as Excel shows it.
    const options = { type: 'array', ...READ_OPTIONS, cellFormula: spreadsheetXml, cellNF: spreadsheetXml } as const;
    if (container === null) book = read(input, options);
    else if (format === 'xlsx') book = parseZip!(container, options);
    else book = parseXlsContainer!(container, options);
    if (spreadsheetXml) for (const sheet of Object.values(book.Sheets)) evaluateFormulas((sheet['!data'] ?? []) as (CellObject | undefined)[][]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: /password|encrypt/i.test(message) ? encryptedError() : corruptError(KIND[format], message) };
  }
  return { ok: true, grid: workbookGrid(book, format) };
}

/**
 * Unzipped entries as the container SheetJS's zip reader (`CFB.read`) makes of a zip: each entry
 * added in order, unchecked, under its name as that reader reads it — byte by byte, so a name
 * written in UTF-8 reads as its bytes in Latin-1. The same container the entries stored again in a
 * zip (fflate's `zipSync`, which writes names in UTF-8) gave when SheetJS read that zip, without
 * writing the zip and reading it back.
 */
function zipContainer(files: Readonly<Record<string, Uint8Array>>): ZipContainer {
  const container: ZipContainer = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(files)) CFB.utils.cfb_add(container, zipName(name), data, { unsafe: true });
  return container;
}

function zipName(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  let latin1 = '';
  for (const byte of strToU8(name)) latin1 += String.fromCharCode(byte);
  return latin1;
}

/**
 * An .xls container rebuilt with its `Workbook` (or BIFF5 `Book`) stream alone. SheetJS also
 * parses the summary property streams, and a damaged one makes it allocate without end (a
 * fuzzed .xls took 4 GB); the grid needs none of them (nor macros or embedded objects). Handed to
 * SheetJS's reader as it is: written out and read back, it gave that reader the same stream.
 */
function workbookStreamOnly(bytes: Uint8Array): ZipContainer {
  const container = CFB.read(bytes, { type: 'array' });
  const stream = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
  if (!stream) throw new Error('no Workbook stream / 缺少 Workbook 数据流');
  const rebuilt = CFB.utils.cfb_new();
  CFB.utils.cfb_add(rebuilt, stream.name, stream.content);
  return rebuilt;
}

/** A CSV's bytes (UTF-8, GBK/GB18030, UTF-16 with BOM, as Excel saves them) → its grid; cells keep their text as written. */
export function readCsv(bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: unknownFormatError(decoded.error) };
  const book = read(decoded.text, { type: 'string', raw: true, ...READ_OPTIONS });
  const notes = decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding.toUpperCase()}`];
  return { ok: true, grid: workbookGrid(book, 'csv', notes) };
}

function workbookGrid(book: WorkBook, format: 'xlsx' | 'xls' | 'csv', notes: string[] = []): Grid {
  const rows: FoundRow[] = [];
  let tables = 0;
  book.SheetNames.forEach((name, index) => {
    const sheet = book.Sheets[name];
    if (sheet === undefined) return;
    if (book.Workbook?.Sheets?.[index]?.Hidden) {
      notes.push(`hidden sheet ${name} skipped`);
      return;
    }
    const prefix = format === 'csv' ? '' : `${sheetRef(name)}!`;
    if (format !== 'csv') rows.push({ table: null, kind: 'sheet', cells: [{ text: name, col: 0, span: 1, ref: sheetRef(name) }] });
    const hidden = { rows: hiddenIndexes(sheet['!rows']), cols: hiddenIndexes(sheet['!cols']) };
    rows.push(...sheetRows((sheet['!data'] ?? []) as (CellObject | undefined)[][], sheet['!merges'] ?? [], hidden, ++tables, prefix, notes));
  });
  return renderedGrid(format, 'sheets', rows, notes);
}

/** The rows or columns a sheet hides (`!rows` / `!cols` entries marked hidden). */
function hiddenIndexes(entries: readonly ({ hidden?: boolean } | null | undefined)[] | undefined): ReadonlySet<number> {
  const hidden = new Set<number>();
  entries?.forEach((entry, index) => entry?.hidden === true && hidden.add(index));
  return hidden;
}

/**
 * A sheet's rows that show anything: non-blank cells, merges' first cells and the positions merges cover below. A cell a
 * merge covers shows nothing in Excel; one that holds text anyway is not read, and said so in `notes`. Hidden rows and
 * columns are neither shown nor printed, so neither read: their cells holding text are said in `notes` too.
 */
function sheetRows(
  data: readonly ((CellObject | undefined)[] | undefined)[],
  merges: readonly Range[],
  hidden: { rows: ReadonlySet<number>; cols: ReadonlySet<number> },
  table: number,
  prefix: string,
  notes: string[],
): FoundRow[] {
  const mergeAt = new Map<string, Range>();
  const mergesFrom = new Map<number, Range[]>();
  const underMerge = new Set<string>();
  const coveredBelow = new Map<number, { col: number; span: number }[]>();
  for (const merge of merges) {
    mergeAt.set(`${merge.s.r},${merge.s.c}`, merge);
    mergesFrom.set(merge.s.r, [...(mergesFrom.get(merge.s.r) ?? []), merge]);
    for (let c = merge.s.c + 1; c <= merge.e.c; c++) underMerge.add(`${merge.s.r},${c}`);
    for (let r = merge.s.r + 1; r <= merge.e.r && r < data.length; r++) {
      const list = coveredBelow.get(r) ?? [];
      list.push({ col: merge.s.c, span: merge.e.c - merge.s.c + 1 });
      coveredBelow.set(r, list);
      for (let c = merge.s.c; c <= merge.e.c; c++) underMerge.add(`${r},${c}`);
    }
  }
  const ref = (r: number, c: number) => `${prefix}${utils.encode_cell({ r, c })}`;
  const rows: FoundRow[] = [];
  const covered: string[] = [];
  const unseen: string[] = [];
  data.forEach((row, r) => {
    if (hidden.rows.has(r)) {
      row?.forEach((cell, c) => {
        const text = cell === undefined ? '' : cellText(cell);
        if (text !== '') unseen.push(`${ref(r, c)} ${text}`);
      });
      return;
    }
    const cells: FoundCell[] = (coveredBelow.get(r) ?? []).filter(({ col }) => !hidden.cols.has(col)).map(({ col, span }) => ({ text: '', col, span, ref: ref(r, col), mergedDown: true }));
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      const text = cellText(cell);
      if (hidden.cols.has(c)) {
        if (text !== '') unseen.push(`${ref(r, c)} ${text}`);
        return;
      }
      if (underMerge.has(`${r},${c}`)) {
        if (text !== '') covered.push(`${ref(r, c)} ${text}`);
        return;
      }
      const merge = mergeAt.get(`${r},${c}`);
      if (text !== '' || merge !== undefined) cells.push({ text, col: c, span: merge ? merge.e.c - merge.s.c + 1 : 1, ref: ref(r, c) });
    });
    for (const merge of mergesFrom.get(r) ?? []) {
      if (row?.[merge.s.c] === undefined && !hidden.cols.has(merge.s.c)) cells.push({ text: '', col: merge.s.c, span: merge.e.c - merge.s.c + 1, ref: ref(r, merge.s.c) });
    }
    if (cells.some((cell) => cell.text !== '' || cell.mergedDown)) rows.push({ table, cells: cells.sort((a, b) => a.col - b.col) });
  });
  if (covered.length > 0) notes.push(`${covered.length} cells a merge covers hold text, not read: ${listed(covered)}`);
  if (unseen.length > 0) notes.push(`${unseen.length} cells in hidden rows or columns hold text, not read: ${listed(unseen)}`);
  return rows;
}

/** The first three of a list of cells, and `…` after them when there are more. */
const listed = (cells: readonly string[]): string => `${cells.slice(0, 3).join(', ')}${cells.length > 3 ? ', …' : ''}`;

/** What the sheet shows in the cell: its formatted text, line breaks as '\n'. */
function cellText(cell: CellObject): string {
  const shown = cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
  return shown.replace(/\r\n?/g, '\n').trim();
}

/** A sheet name as a reference prefix: quoted when it holds spaces or punctuation (`'Sheet 1'!B7`). */
function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
