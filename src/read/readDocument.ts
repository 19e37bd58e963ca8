import { detectFormat } from './detectFormat';
import type { Grid, ReadResult, SourceFormat } from './grid';
import { MAX_FILE_BYTES } from './limits';
import type { PdfOptions } from './pdf';
import { CHINESE_NUMERAL_YEARS } from './chineseNumeralYears';
import { corruptError, noTextError, tooLargeError, unknownFormatError } from './readErrors';
import { FIGURE_MARKS } from './figureMarks';
import { FULL_WIDTH_FIGURES } from './fullWidthFigures';
import type { Lookalike } from './lookalike';
import { PINYIN_NOTES } from './pinyinNotes';
import { RADICALS } from './radicals';
import { readText } from './text/readText';

const KIND: Record<SourceFormat, string> = {
  txt: 'text',
  html: 'HTML',
  docx: 'Word (.docx)',
  doc: 'Word (.doc)',
  wordxml: 'Word XML (.xml/.doc)',
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel (.xls)',
  csv: 'CSV',
  pdf: 'PDF',
};

/**
 * Any agency's document → its grid: the format told by content (`detectFormat`), then that
 * format's reader, each loaded on first use (pdf.js and SheetJS are large). Never throws: an
 * empty file, one over the size cap, a zip bomb, an encrypted, corrupt or unknown file, one in
 * which no text is found, each give `{ ok: false, error }` with a message in Chinese and English
 * saying what to do.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, options: PdfOptions = {}): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeError(bytes.length) };
  const detected = detectFormat(bytes, fileName);
  if (!detected.ok) return detected;
  const read = await readFormat(bytes, detected.format, options);
  if (!read.ok) return read;
  return hasText(read.grid) ? { ok: true, grid: withPlainCharacters(read.grid) } : { ok: false, error: noTextError(KIND[detected.format]) };
}

/** Characters standing for others they look like, replaced in every grid (see `lookalike.ts`). */
const LOOKALIKES: readonly Lookalike[] = [RADICALS, FULL_WIDTH_FIGURES, FIGURE_MARKS, CHINESE_NUMERAL_YEARS, PINYIN_NOTES];

/** The grid with each lookalike replaced, in its text and its cells alike (lines and places unchanged), and a note for each kind found. */
function withPlainCharacters(grid: Grid): Grid {
  return LOOKALIKES.reduce((read, lookalike) => {
    if (!lookalike.holds(read.text)) return read;
    let changed = 0;
    const rows = read.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const text = lookalike.replace(cell.text);
        if (text === cell.text) return cell;
        changed += 1;
        return { ...cell, text };
      }),
    }));
    return changed === 0 ? read : { ...read, text: lookalike.replace(read.text), rows, notes: [...read.notes, lookalike.note(changed)] };
  }, grid);
}

/** Whether any cell holds text (a workbook's sheet-name rows do not count: an empty sheet still has its name). */
function hasText(grid: Grid): boolean {
  const sheets = grid.format === 'xlsx' || grid.format === 'xls' || grid.format === 'csv';
  return grid.rows.some((row) => (row.table !== null || !sheets) && row.cells.some((cell) => cell.text !== ''));
}

/**
 * A module loaded on first use and kept: `import()` of a module already loaded still resolves it
 * again on every call (through the loader's hooks when run under tsx), which cost more than
 * reading a small form. A failed load is not kept, so the next call tries again.
 */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (loading === null) {
      loading = load();
      loading.catch(() => (loading = null));
    }
    return loading;
  };
}

const htmlReader = lazy(() => import('./html'));
const docxReader = lazy(() => import('./docx'));
const docReader = lazy(() => import('./doc'));
const wordXmlReader = lazy(() => import('./wordXml'));
const sheetReader = lazy(() => import('./sheet'));
const pdfReader = lazy(() => import('./pdf'));

async function readFormat(bytes: Uint8Array, format: SourceFormat, options: PdfOptions): Promise<ReadResult> {
  try {
    switch (format) {
      case 'html':
        return (await htmlReader()).readHtml(bytes);
      case 'docx':
        return (await docxReader()).readDocx(bytes);
      case 'doc':
        return (await docReader()).readDoc(bytes);
      case 'wordxml':
        return (await wordXmlReader()).readWordXml(bytes);
      case 'xlsx':
      case 'xls':
        return (await sheetReader()).readWorkbook(bytes, format);
      case 'csv':
        return (await sheetReader()).readCsv(bytes);
      case 'pdf':
        return await (await pdfReader()).readPdf(bytes, options);
      case 'txt': {
        const read = readText(bytes);
        return read.ok ? read : { ok: false, error: unknownFormatError(read.error) };
      }
    }
  } catch (error) {
    return { ok: false, error: corruptError(KIND[format], error instanceof Error ? error.message : String(error)) };
  }
}
