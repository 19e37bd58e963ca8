import { isBlankText, type SourceLine } from './sourceLines';

/**
 * How a text document holds its tables:
 * - `cell-per-line`: Word-table text, each cell on its own tab-indented line, blank lines between rows;
 * - `row-per-line`: a table row per line with tab- or `|`-separated cells (OCR of a PDF, web exports),
 *   or a web page's `cell |` lines whose row breaks were lost;
 * - `lines`: plain lines, one cell or paragraph per line, no marks of a table at all.
 */
export type TextLayout = 'cell-per-line' | 'row-per-line' | 'lines';

/** A line holding several cells: a tab or `|` between two pieces of text, or more than one tab. */
const MULTI_CELL_LINE = /\S\t|\t.*\t|\S\s*\|\s*\S/u;
/** A web page's cell line: `text |`, or a run of blank cells `||`. */
const PIPE_CELL_LINE = /\|\s*$/u;

/**
 * Tells the layout by structure, never by file name: delimited when at least a fifth of the
 * non-blank lines hold several cells or end in a cell mark `|`; else cell-per-line when at
 * least a fifth start with a tab (Word's cell indent); else plain lines.
 */
export function textLayout(lines: readonly SourceLine[]): TextLayout {
  let content = 0;
  let delimited = 0;
  let indented = 0;
  for (const { text } of lines) {
    if (isBlankText(text)) continue;
    content += 1;
    if (MULTI_CELL_LINE.test(text) || PIPE_CELL_LINE.test(text)) delimited += 1;
    else if (text.startsWith('\t')) indented += 1;
  }
  if (content === 0) return 'cell-per-line';
  if (delimited * 5 >= content) return 'row-per-line';
  return indented * 5 >= content ? 'cell-per-line' : 'lines';
}
