/**
 * The cell grid: what every reader makes of a document, whatever its format, and the only
 * thing the form recognizer reads. Rows of cells in reading order, each cell with its text
 * as printed and where it came from. Pure data: no Node or DOM types.
 *
 * Provenance has two parts. `line` is a line of the document's text (`Grid.text`): for a
 * text file its own lines; for every other format the reader renders one line per row
 * (cells joined by ` | `) and per paragraph, so that a record's line points at something a
 * person can read beside the form. `ref` is the format's own address of the cell: a sheet
 * cell (`Sheet1!B7`), a Word table cell (`表2 第5行 第3列`), a PDF position (`第2页 x=88 y=512`),
 * or a text line and column (`第12行 第3格`).
 */

export type SourceFormat = 'txt' | 'html' | 'docx' | 'doc' | 'wordxml' | 'xlsx' | 'xls' | 'csv' | 'pdf';

export interface GridCell {
  /** Trimmed text as printed; line breaks inside the cell kept as '\n'. Empty for a blank cell. */
  readonly text: string;
  /** 0-based column where the cell starts (a merged cell: the first column it covers). */
  readonly col: number;
  /** Columns the cell covers: 1 unless merged across columns. */
  readonly span: number;
  /** Line of `Grid.text` the cell starts on. */
  readonly line: number;
  /** Every line the cell spans, when more than one (a cell of several lines in a text file). */
  readonly lines?: readonly number[];
  /** The format's own address of the cell. */
  readonly ref: string;
  /**
   * Set on the blank cells a vertical merge covers (the text stays in the merge's first cell):
   * the cell continues the one above, it is not empty in the printed form.
   */
  readonly mergedDown?: true;
}

export interface GridRow {
  /** Cells in column order. A reader may leave out blank cells: `col` is what places a cell. */
  readonly cells: readonly GridCell[];
  /** The line the row starts on. */
  readonly line: number;
  /** 1-based ordinal of the table the row belongs to; null for a paragraph outside any table. */
  readonly table: number | null;
  /**
   * Set when the row is not a printed row but a run of cells in reading order whose row breaks
   * the text lost (a web page's `cell |` lines, a table flattened onto one line): the recognizer
   * finds the rows itself. Blank cells are present in such a run only where the text shows them.
   */
  readonly flow?: true;
  /** What the row is when the reader knows it is no printed content (see `RowKind`); absent for content. */
  readonly kind?: RowKind;
}

/**
 * A row that is structure, as its reader knows it: `sheet`, the name of a workbook's sheet, which the
 * sheet reader puts before the sheet's rows (so that the rendered text shows where a sheet starts).
 * The recognizer takes it from here, never from the row's text: a sheet may be named like a form's
 * title, and a cell may read `Sheet1`.
 */
export type RowKind = 'sheet';

export interface Grid {
  readonly format: SourceFormat;
  /** How the reader saw the document, e.g. `cell-per-line`, `row-per-line`, `lines`, `word-tables`, `sheets`, `pdf-text`. */
  readonly layout: string;
  readonly rows: readonly GridRow[];
  /** The document's text, whose lines the cells' `line` numbers refer to (1-based). */
  readonly text: string;
  /** What the reader wants a person to know (e.g. `decoded as GB18030`). */
  readonly notes: readonly string[];
  /** The character encoding a text format was decoded from (`utf-8`, `gb18030`, `utf-16le`…). */
  readonly encoding?: string;
}

/** A reader's answer: the grid, or a message saying what is wrong with the file and what to do. */
export type ReadResult = { readonly ok: true; readonly grid: Grid } | { readonly ok: false; readonly error: string };

/** The separator between cells when a row is rendered as one line of `Grid.text`. */
export const RENDERED_CELL_SEPARATOR = ' | ';

/** A row rendered as one line of text: non-blank cells in order, inner line breaks as spaces. */
export function renderRow(cells: readonly Pick<GridCell, 'text'>[]): string {
  return cells
    .map((cell) => cell.text.replace(/\s*\n\s*/g, ' '))
    .filter((text) => text !== '')
    .join(RENDERED_CELL_SEPARATOR);
}
